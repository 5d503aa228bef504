package dev.sharebench.core.cli;

/**
 * A count and its noun for progress lines, singular for exactly one ("1 fork", "3 forks") of
 * core.jar and benchmarks.jar. ({@code reports.jar}'s {@code Format.count} is the same rule: it
 * does not depend on core.)
 */
public final class Counts {

    private Counts() {
    }

    public static String of(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
