package dev.sharebench.core.proof.cases;

import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/*
 * Proof 10, a ThreadLocal bleeding into the next task: a pool thread outlives its task, and so does
 * whatever the task left in a ThreadLocal.
 *
 * Requests alternate: even ones are "signed in" and set CURRENT_USER, odd ones are anonymous and
 * set nothing. Each request reports the user it runs as. On a one-thread pool an anonymous request
 * runs right after a signed-in one on the same thread, and the Broken variant (set, never remove)
 * sees the previous request's user: every anonymous request bleeds, deterministically.
 * Fixed, two ways, counted together: half the signed-in requests remove() in finally, half bind a
 * ScopedValue instead, whose binding ends with its scope by construction. Anonymous requests then
 * always run as nobody.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P10
 */
public final class ThreadLocal_10_Bleed implements Proof {

    private static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();
    private static final ScopedValue<String> SCOPED_USER = ScopedValue.newInstance();
    private static final String NOBODY = "nobody";
    static final int REQUESTS = 2_000;

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P10").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts()
                .declare("clean", Grade.ACCEPTABLE, "An anonymous request ran as nobody.")
                .declareBug(variant, "bled", "An anonymous request ran as the previous request's user: the ThreadLocal outlived its task.");
        int requests = REQUESTS * mode.scale();
        List<Future<String>> anonymous = new ArrayList<>();
        List<Future<?>> signedIn = new ArrayList<>();
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            for (int i = 0; i < requests; i++) {
                String user = "user-" + i;
                boolean scoped = (i / 2) % 2 == 1;
                if (i % 2 == 0) {
                    signedIn.add(pool.submit(() -> signedIn(variant, scoped, user)));
                } else {
                    anonymous.add(pool.submit(ThreadLocal_10_Bleed::currentUser));
                }
            }
            for (Future<?> f : signedIn) {
                f.get(); // a signed-in request that ran as someone else throws here: the proof errors
            }
            for (Future<String> f : anonymous) {
                counts.count(NOBODY.equals(f.get()) ? "clean" : "bled");
            }
        }
        return counts;
    }

    /* A signed-in request: handle it as `user`; the Broken variant forgets to clean up. */
    private static void signedIn(Variant variant, boolean scoped, String user) {
        if (variant == Variant.BROKEN) {
            CURRENT_USER.set(user);
            handle(user);
        } else if (scoped) {
            ScopedValue.where(SCOPED_USER, user).run(() -> handle(user));
        } else {
            CURRENT_USER.set(user);
            try {
                handle(user);
            } finally {
                CURRENT_USER.remove();
            }
        }
    }

    private static void handle(String expectedUser) {
        if (!expectedUser.equals(currentUser())) {
            throw new IllegalStateException("P10: a signed-in request must run as " + expectedUser + ", ran as " + currentUser());
        }
    }

    /* Who the current request runs as: the scoped binding, else the thread-local one, else nobody. */
    private static String currentUser() {
        if (SCOPED_USER.isBound()) {
            return SCOPED_USER.get();
        }
        String u = CURRENT_USER.get();
        return u == null ? NOBODY : u;
    }
}
