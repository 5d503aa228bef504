package dev.sharebench.core;

/**
 * Families of sharing mechanisms. The in-process ones come first ({@link #inProcess()}), the rest
 * cross a process boundary. Packages in {@code core}, {@code jmh} and {@code jcstress} are named
 * after them.
 */
public enum Family {
    LOCK("lock", true),
    QUEUE("queue", true),
    THREAD_LOCAL("threadlocal", true),
    OFFHEAP("offheap", true),
    MAP("map", true),
    FLOOR("floor", true),
    MMAP("mmap", false),
    MANAGER("manager", false),
    PIPE("pipe", false),
    SOCKET("socket", false);

    private final String id;
    private final boolean inProcess;

    Family(String id, boolean inProcess) {
        this.id = id;
        this.inProcess = inProcess;
    }

    /** Lower-case id, also the package name of the family. */
    public String id() {
        return id;
    }

    public boolean inProcess() {
        return inProcess;
    }
}
