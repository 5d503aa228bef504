package dev.sharebench.core.mmap;

import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.contract.StreamSinkReport;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.PayloadCheck;
import java.nio.file.Path;

/**
 * Child role of the ring streams: map the file, unlink its name, then poll messages (copy out, check
 * with {@link PayloadCheck}) until the zero-length end marker; report the count. Waits with
 * {@code yield} (spin 100, then Thread.yield), which is safe in every placement.
 * Args: {@code <path> <mechanism> <capacity> <payloadBytes> <contentSeed>}.
 */
public final class RingSinkRole implements ChildRole {

    @Override
    public void run(ChildContext ctx) throws Exception {
        Path path = Path.of(ctx.arg(0, "path"));
        String mechanism = ctx.arg(1, "mechanism");
        int capacity = Integer.parseInt(ctx.arg(2, "capacity"));
        int payloadBytes = Integer.parseInt(ctx.arg(3, "payloadBytes"));
        PayloadCheck check = PayloadCheck.receiver(payloadBytes, Long.parseLong(ctx.arg(4, "contentSeed")));
        byte[] buf = new byte[payloadBytes];
        try (SharedMapping map = SharedMapping.attach(path, RingLayout.mappingBytes(capacity), RingLayout.VERSION)) {
            map.unlink();
            ByteRing ring = ByteRing.of(mechanism, map, capacity);
            ctx.ready("");
            long seq = 0;
            long intact = 0;
            String error = null;
            int idle = 0;
            while (true) {
                int len = ring.poll(buf);
                if (len < 0) {
                    WaitStrategy.YIELD.idle(++idle);
                    if ((idle & 0xFFF) == 0 && ctx.stopRequested()) {
                        throw new IllegalStateException(mechanism + ": stopped before the end marker, after " + seq + " messages");
                    }
                    continue;
                }
                idle = 0;
                if (len == 0) {
                    break;
                }
                seq++;
                if (error == null) {
                    error = check.check(buf, len, seq);
                    intact += error == null ? 1 : 0;
                }
            }
            PeerWitness.add(PeerWitness.Seen.VERIFIED, intact);
            ctx.report(error == null ? StreamSinkReport.ok(seq, check.fullyChecked()) : StreamSinkReport.error(error));
            while (!ctx.stopRequested()) {
                Thread.sleep(5);
            }
        }
    }
}
