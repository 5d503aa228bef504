package dev.sharebench.core.nativeos;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/** {@code mkfifo(path, 0600)}: a named pipe, opened later like a file by both processes. */
public final class Fifo {

    private Fifo() {
    }

    public static void create(Path path) {
        Libc.requireAvailable("mkfifo");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            int r = (int) Libc.MKFIFO.invokeExact(state, arena.allocateFrom(path.toString()), 0600);
            if (r != 0) {
                throw new IllegalStateException("mkfifo(" + path + ") failed, errno " + Libc.errno(state));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("mkfifo downcall failed", t);
        }
    }
}
