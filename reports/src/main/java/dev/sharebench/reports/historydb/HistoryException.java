package dev.sharebench.reports.historydb;

/** The history database cannot be opened, read or written; the message names the database (password redacted) and the reason. */
public final class HistoryException extends Exception {

    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
