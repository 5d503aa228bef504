package dev.sharebench.core.pipe;

import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.contract.StreamSinkReport;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.wire.FrameLink;
import dev.sharebench.core.wire.PayloadCheck;
import dev.sharebench.core.wire.PeerClosedException;

/**
 * Child role of the kernel-transport streams: receive frames (copied into a private array, as any
 * reader of a pipe or socket does), check every payload ({@link PayloadCheck}), and at the zero-length
 * end marker report the count. Args: {@code <transport> <bufferBytes> <payloadBytes> <contentSeed>}.
 */
public final class FrameSinkRole implements ChildRole {

    @Override
    public void run(ChildContext ctx) throws Exception {
        FrameTransport transport = FrameTransport.of(ctx.arg(0, "transport"));
        int bufferBytes = Integer.parseInt(ctx.arg(1, "bufferBytes"));
        int payloadBytes = Integer.parseInt(ctx.arg(2, "payloadBytes"));
        PayloadCheck check = PayloadCheck.receiver(payloadBytes, Long.parseLong(ctx.arg(3, "contentSeed")));
        byte[] buf = new byte[payloadBytes];
        try (FrameLink link = transport.childSide(ctx, bufferBytes, payloadBytes)) {
            long seq = 0;
            long intact = 0;
            String error = null;
            while (true) {
                int len = link.receive(buf);
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
            link.receive(buf); // wait for the parent to close (PeerClosedException)
        } catch (PeerClosedException parentClosed) {
            return;
        }
    }
}
