package dev.sharebench.core.mmap;

/** A single-producer single-consumer ring of byte messages over shared memory. Non-blocking. */
public interface ByteRing {

    /** Copy {@code len} bytes of {@code src} in as one message; false if the ring is full. */
    boolean offer(byte[] src, int len);

    /** Copy the next message out into {@code dst}; its length, or -1 if the ring is empty. */
    int poll(byte[] dst);

    static ByteRing of(String mechanism, SharedMapping map, int capacity) {
        return switch (mechanism) {
            case "mmap-spsc-ring" -> new SpscByteRing(map.segment(), capacity);
            case "agrona-ring" -> new AgronaByteRing(map.segment(), capacity);
            default -> throw new IllegalArgumentException("mechanism '" + mechanism + "' is not a ring (mmap-spsc-ring, agrona-ring)");
        };
    }
}
