package dev.sharebench.reports.common;

/**
 * The exit codes every command of {@code reports.jar} shares, so that scripts can tell a finding
 * from a mistake: 0 ok or pass, 1 a regression or a failed check, 2 bad input or usage.
 */
public final class ExitCode {

    public static final int OK = 0;
    public static final int FAIL = 1;
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
