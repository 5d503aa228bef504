package dev.sharebench.core.wire;

import java.io.EOFException;

/** The stream ended cleanly between two frames: the peer closed its end (or died between messages). */
public final class PeerClosedException extends EOFException {

    private static final long serialVersionUID = 1L;

    public PeerClosedException(String s) {
        super(s);
    }
}
