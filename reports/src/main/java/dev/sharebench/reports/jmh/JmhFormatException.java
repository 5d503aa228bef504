package dev.sharebench.reports.jmh;

import java.nio.file.Path;

/** A JMH result file that cannot be read; the message always names the file and the reason. */
public final class JmhFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public JmhFormatException(Path file, String reason) {
        super(file + ": " + reason);
    }

    public JmhFormatException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
