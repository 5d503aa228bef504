package dev.sharebench.core.proof;

/** Where a proof ran: stamped on every record, since a proof's result is only true of its hardware. */
public final class RunEnvironment {

    private RunEnvironment() {
    }

    public static String arch() {
        return System.getProperty("os.arch");
    }

    public static String jdk() {
        return Runtime.version().toString();
    }

    public static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }
}
