package dev.sharebench.core.mmap;

import java.lang.foreign.MemorySegment;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * Agrona's {@link OneToOneRingBuffer}, the production IPC ring (Aeron's conductor uses it), over
 * the same mapping: an {@link UnsafeBuffer} wrapping the mapped address. The segment's arena must
 * outlive this object (the buffer holds a raw address). Messages are copied in from and out to
 * byte arrays, like every other row of the stream benchmark.
 */
public final class AgronaByteRing implements ByteRing {

    private static final int MSG_TYPE = 1;

    private final OneToOneRingBuffer ring;
    private final UnsafeBuffer src = new UnsafeBuffer(new byte[0]);
    private final MessageHandler copyOut = this::copyOut;
    private byte[] dst;
    private int lastLength;

    public AgronaByteRing(MemorySegment seg, int capacity) {
        long bytes = (long) capacity + RingBufferDescriptor.TRAILER_LENGTH;
        if (RingLayout.DATA + bytes > seg.byteSize()) {
            throw new IllegalArgumentException("mapping of " + seg.byteSize() + " bytes too small for an Agrona ring of " + capacity);
        }
        this.ring = new OneToOneRingBuffer(new UnsafeBuffer(seg.address() + RingLayout.DATA, (int) bytes));
    }

    @Override
    public boolean offer(byte[] bytes, int len) {
        src.wrap(bytes, 0, Math.max(len, 1));
        return ring.write(MSG_TYPE, src, 0, len);
    }

    @Override
    public int poll(byte[] into) {
        dst = into;
        lastLength = -1;
        ring.read(copyOut, 1);
        return lastLength;
    }

    private void copyOut(int msgTypeId, org.agrona.MutableDirectBuffer buffer, int index, int length) {
        if (length > dst.length) {
            throw new IllegalStateException("agrona record of " + length + " bytes, buffer " + dst.length);
        }
        buffer.getBytes(index, dst, 0, length);
        lastLength = length;
    }
}
