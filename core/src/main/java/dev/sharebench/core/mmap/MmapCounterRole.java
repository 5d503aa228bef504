package dev.sharebench.core.mmap;

import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import java.nio.file.Path;

/**
 * Child role of the mmap counters: map the file and unlink its name (file-lock locks the inode
 * through the open channel, the name is not needed), add {@code delta} in a loop until asked to
 * stop, then report how much it added. Args: {@code <path> <mechanism> <delta>}.
 */
public final class MmapCounterRole implements ChildRole {

    @Override
    public void run(ChildContext ctx) {
        Path path = Path.of(ctx.arg(0, "path"));
        String mechanism = ctx.arg(1, "mechanism");
        long delta = Long.parseLong(ctx.arg(2, "delta"));
        try (SharedMapping map = SharedMapping.attach(path, ExchangeLayout.BYTES, ExchangeLayout.VERSION)) {
            map.unlink();
            SharedCounterOps ops = new SharedCounterOps(mechanism, map);
            ctx.ready("");
            long added = 0;
            while (true) {
                for (int i = 0; i < 256; i++) {
                    ops.add(delta, () -> false);
                    added += delta;
                }
                if (ctx.stopRequested()) {
                    break;
                }
            }
            PeerWitness.add(PeerWitness.Seen.ADDED, added);
            ctx.report(Long.toString(added));
        }
    }
}
