package dev.sharebench.core.proof.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Judgement;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.proof.Verdict;
import dev.sharebench.core.wire.PeerClosedException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/*
 * P13's Fixed variant observes and counts what the parent sees, so a fix that does not work is a
 * FORBIDDEN count ("fix failed"), not an exception: two planted faults, each over the pipe only
 * (one child JVM per test). The sound run next to them shows the same proof holding.
 */
@Timeout(60)
class ChildGetsCopyFaultsTest {

    /** A child that sends back the list as it received it, unchanged: the change never reaches the parent. */
    public static final class SendsOriginalRole implements ChildRole {
        @Override
        @SuppressWarnings("unchecked")
        public void run(ChildContext ctx) throws Exception {
            try (Pipe_13_ChildGetsCopy.Carrier c = Pipe_13_ChildGetsCopy.Carrier.childSide(ctx.arg(0, "transport"), ctx)) {
                while (true) {
                    c.send((ArrayList<Integer>) c.receive());
                }
            } catch (PeerClosedException parentClosed) {
                return;
            }
        }
    }

    /* P13 over the pipe only. */
    private static class OverPipe extends Pipe_13_ChildGetsCopy {
        @Override
        List<String> transports() {
            return List.of("pipe");
        }
    }

    private static Judgement fixed(Pipe_13_ChildGetsCopy proof, long wantLost) throws Exception {
        Counts c = proof.run(Variant.FIXED, Mode.SANITY);
        assertEquals(wantLost, c.countOf("pipe: change lost"), c.outcomes().toString());
        return Judgement.of(Variant.FIXED, c.trials(), c.outcomes());
    }

    @Test
    void soundFixHolds() throws Exception {
        assertEquals(Verdict.FIX_HELD, fixed(new OverPipe(), 0).verdict());
    }

    @Test
    void aChildThatSendsBackTheOriginalFailsTheFix() throws Exception {
        Judgement j = fixed(new OverPipe() {
            @Override
            Class<? extends ChildRole> mutator() {
                return SendsOriginalRole.class;
            }
        }, Pipe_13_ChildGetsCopy.TRIALS);
        assertEquals(Verdict.FIX_FAILED, j.verdict(), j.reason());
        assertTrue(j.reason().contains("'pipe: change lost' x" + Pipe_13_ChildGetsCopy.TRIALS), j.reason());
    }

    @Test
    void aFixedThatLooksAtItsOwnListFailsTheFix() throws Exception {
        Judgement j = fixed(new OverPipe() {
            @Override
            Object lookedAt(Variant variant, List<Integer> mine, Object answer) {
                return mine; // the Broken thing, in the Fixed variant
            }
        }, Pipe_13_ChildGetsCopy.TRIALS);
        assertEquals(Verdict.FIX_FAILED, j.verdict(), j.reason());
    }
}
