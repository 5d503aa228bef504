package dev.sharebench.reports.report;

import java.nio.file.Path;

/** An input of the report that cannot be used; the message names the file and the reason (exit code 2). */
public final class ReportInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportInputException(Path file, String reason) {
        super(file + ": " + reason);
    }

    public ReportInputException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
