package dev.sharebench.core.manager;

/** A call or value that does not fit the buffer it is encoded into (at most one frame). */
public final class FrameTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public FrameTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}
