package dev.sharebench.core.manager;

import java.io.Serializable;

/** One request: a method of a named shared object, with its arguments. */
public record Call(String object, String method, Object[] args) implements Serializable {
    private static final long serialVersionUID = 1L;
}
