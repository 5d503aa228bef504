package dev.sharebench.core.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/* The server log's bound: one line per kind per interval, the rest counted in the next line or at flush. */
class RateLimitedLogTest {

    @Test
    void aFloodBecomesOneLinePerIntervalPerKindWithCounts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        RateLimitedLog log = new RateLimitedLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get, 1000);
        for (int i = 0; i < 10_000; i++) {
            clock.addAndGet(1); // 10,000 events in 10 intervals
            log.log("wrong login", "rejected a login");
            if (i % 100 == 0) {
                log.log("refused", "refused a connection");
            }
        }
        log.flush();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(10 + 10 + 2, lines.size(), String.join("\n", lines));
        assertEquals("sharebench manager: rejected a login", lines.getFirst());
        assertEquals("sharebench manager: rejected a login (999 more like it since the last line)", lines.get(2));
        assertEquals("sharebench manager: 999 more 'wrong login' lines were left out before the server stopped", lines.get(20));
        assertEquals(10_000 + 100 - 20, log.leftOut());
    }
}
