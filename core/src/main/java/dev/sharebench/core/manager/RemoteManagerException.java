package dev.sharebench.core.manager;

/** The server answered a call with an error (unknown object or method, malformed request, failure). */
public final class RemoteManagerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RemoteManagerException(String message) {
        super(message);
    }
}
