package dev.sharebench.core.catalog;

/** Where a workload's parties live, which decides the stage of {@code run-all.sh} that runs it. */
public enum Stage {
    IN_PROCESS("inproc", "in-process benchmarks"),
    CROSS_PROCESS("xproc", "cross-process benchmarks (child JVMs)");

    private final String id;
    private final String title;

    Stage(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The stage name the scripts use ({@code --only inproc}). */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Stage of(String id) {
        for (Stage s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage '" + id + "' (stages: inproc, xproc)");
    }
}
