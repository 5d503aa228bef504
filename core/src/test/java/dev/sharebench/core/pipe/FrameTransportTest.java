package dev.sharebench.core.pipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.wire.FrameLink;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/* Each kernel transport: frames come back in order, none lost, zero-length and 1 MiB ones included. */
@Timeout(60)
class FrameTransportTest {

    private static final int MAX = 1 << 20;

    @ParameterizedTest
    @ValueSource(strings = {"pipe", "fifo", "uds", "tcp"})
    void echoesEveryFrameInOrder(String alias) throws Exception {
        FrameTransport t = FrameTransport.of(alias);
        int buffer = alias.equals("pipe") || alias.equals("fifo") ? 1 << 20 : 0;
        try (ChildProcess child = ChildProcess.builder(FrameEchoRole.class)
                .args(List.of(alias, Integer.toString(buffer), Integer.toString(MAX))).start();
             FrameLink link = t.parentSide(child, 0, MAX)) {
            Random rnd = new Random(7);
            int[] sizes = {0, 1, 7, 8, 4096, 65_537, MAX, 0, 3};
            byte[] got = new byte[MAX];
            for (int round = 0; round < 20; round++) {
                for (int size : sizes) {
                    byte[] msg = new byte[size];
                    rnd.nextBytes(msg);
                    if (size >= 8) {
                        msg[0] = (byte) round;
                    }
                    link.send(msg, 0, size);
                    int n = link.receive(got);
                    assertEquals(size, n, alias + " frame length");
                    assertArrayEquals(msg, java.util.Arrays.copyOf(got, n), alias + " frame content, round " + round);
                }
            }
        }
    }
}
