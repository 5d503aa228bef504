package dev.sharebench.reports.common;

import java.nio.file.Path;

/**
 * An input file that cannot be used (a JMH result, a manifest, a proof record, a reference file):
 * the message always names the file and the reason, and the command exits with
 * {@link ExitCode#BAD_INPUT}. Nothing unreadable is skipped silently.
 */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(Path file, String reason) {
        super(file + ": " + reason);
    }

    public BadInputException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
