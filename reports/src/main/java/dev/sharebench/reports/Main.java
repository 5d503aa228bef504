package dev.sharebench.reports;

/** Placeholder entry point of reports.jar; the report and gate commands follow. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("sharebench reports: not yet implemented");
    }
}
