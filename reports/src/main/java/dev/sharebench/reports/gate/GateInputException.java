package dev.sharebench.reports.gate;

/** Input the gate cannot judge (unreadable, NaN, mixed units...): exit 2, message names the file and reason. */
public final class GateInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public GateInputException(String message) {
        super(message);
    }

    public GateInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
