package dev.sharebench.core.manager;

/** A request or reply that does not decode: answered with an error, never allowed to kill the server. */
public final class MalformedFrameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String message, Throwable cause) {
        super(message, cause);
    }
}
