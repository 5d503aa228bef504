package dev.sharebench.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/* The teardown every parent-side peer uses: all of it runs, and no failure is lost. */
class CloserTest {

    @Test
    void closesEverythingInOrderEvenAfterAFailure() {
        List<String> closed = new ArrayList<>();
        IllegalStateException childFailed = new IllegalStateException("child died");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Closer.closeAll("pipe",
                () -> closed.add("link"),
                () -> {
                    closed.add("child");
                    throw childFailed;
                },
                null,
                () -> closed.add("mapping")));
        assertSame(childFailed, thrown);
        assertEquals(List.of("link", "child", "mapping"), closed);
    }

    @Test
    void theLastFailureIsThrownWithTheEarlierOnesAttached() {
        IllegalStateException last = new IllegalStateException("child died");
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> Closer.closeAll("uds",
                () -> {
                    throw last;
                },
                () -> {
                    throw new IOException("broken pipe");
                }));
        assertEquals("uds: closing failed", thrown.getMessage());
        assertEquals("broken pipe", thrown.getCause().getMessage());
        assertSame(last, thrown.getSuppressed()[0]);
    }
}
