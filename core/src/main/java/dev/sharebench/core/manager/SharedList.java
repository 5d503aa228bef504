package dev.sharebench.core.manager;

/** A list held by the manager server. */
public interface SharedList {
    void add(Object value);

    Object get(int index);

    int size();
}
