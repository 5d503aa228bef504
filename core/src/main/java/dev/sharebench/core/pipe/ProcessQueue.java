package dev.sharebench.core.pipe;

import dev.sharebench.core.wire.FrameLink;
import dev.sharebench.core.wire.SerialAllowlist;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bounded queue between processes over a {@link FrameLink}: the shape of a classic process queue
 * (a bounded buffer, a feeder thread that writes serialized items to a pipe, a reader that
 * deserializes). One deliberate fix to the classic design: {@link #put} serializes the item in the
 * CALLER's thread, so an item that cannot be serialized fails the put at once with an exception
 * naming its class, instead of dying later in the feeder thread while the caller believes it was
 * sent. Deserialization goes through the suite's {@link SerialAllowlist}.
 *
 * <p>Writes: one feeder thread ({@code sharebench-process-queue-feeder}) stopped by {@link #close}.
 * Reads: {@link #take} on the caller's thread. A feeder failure is rethrown by the next put/take.
 */
public final class ProcessQueue implements AutoCloseable {

    private static final byte[] POISON = new byte[0];
    private final FrameLink link;
    private final BlockingQueue<byte[]> buffer;
    private final Thread feeder;
    private final AtomicReference<Throwable> feederFailure = new AtomicReference<>();
    private final byte[] in;

    public ProcessQueue(FrameLink link, int capacity, int maxItemBytes) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        this.link = link;
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.in = new byte[maxItemBytes];
        this.feeder = Thread.ofPlatform().daemon().name("sharebench-process-queue-feeder").start(this::feed);
    }

    /**
     * Serialize {@code item} now and queue its bytes (blocks while the buffer is full).
     *
     * @throws IllegalArgumentException at once if the item cannot be serialized, naming its class
     */
    public void put(Object item) throws InterruptedException {
        rethrowFeederFailure();
        byte[] bytes = serialize(item);
        if (bytes.length > in.length) {
            throw new IllegalArgumentException("item of class " + item.getClass().getName() + " serializes to "
                    + bytes.length + " bytes, more than the queue's maximum of " + in.length);
        }
        buffer.put(bytes);
    }

    /** Read and deserialize the next item from the peer. */
    public Object take() throws IOException {
        rethrowFeederFailure();
        int len = link.receive(in);
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(in, 0, len))) {
            ois.setObjectInputFilter(SerialAllowlist.forOneStream());
            return ois.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("process queue item of unknown class", e);
        }
    }

    static byte[] serialize(Object item) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(item);
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("cannot put an item of class " + (item == null ? "null" : item.getClass().getName())
                    + " on a process queue: " + e.getMessage() + " is not Serializable", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialize an item of class " + item.getClass().getName() + ": " + e, e);
        }
        return bytes.toByteArray();
    }

    private void feed() {
        try {
            while (true) {
                byte[] b = buffer.take();
                if (b == POISON) {
                    return;
                }
                link.send(b, 0, b.length);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            feederFailure.set(e);
        }
    }

    private void rethrowFeederFailure() {
        Throwable t = feederFailure.get();
        if (t != null) {
            throw new IllegalStateException("process queue feeder failed; items may not have been sent", t);
        }
    }

    /** Flush what is buffered, stop the feeder, close the link. */
    @Override
    public void close() throws IOException {
        try {
            buffer.put(POISON);
            feeder.join(5000);
            if (feeder.isAlive()) {
                feeder.interrupt();
                throw new IOException("process queue feeder did not drain within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while closing the process queue", e);
        } finally {
            link.close();
        }
        rethrowFeederFailure();
    }

}
