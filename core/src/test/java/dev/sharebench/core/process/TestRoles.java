package dev.sharebench.core.process;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;

/** Small child roles for the launcher tests. */
public final class TestRoles {

    private TestRoles() {
    }

    /** Echo stdin to stdout byte chunk by chunk until EOF; ready info = its first argument. */
    public static final class Echo implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            ctx.ready(ctx.args().isEmpty() ? "" : ctx.args().getFirst());
            InputStream in = ctx.stdin();
            OutputStream out = ctx.stdout();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
            }
        }
    }

    /** Adds its arguments to the peer witness (served, then added), then says ready. */
    public static final class Witnesses implements ChildRole {
        @Override
        public void run(ChildContext ctx) {
            PeerWitness.add(PeerWitness.Seen.SERVED, Long.parseLong(ctx.arg(0, "served")));
            PeerWitness.add(PeerWitness.Seen.ADDED, Long.parseLong(ctx.arg(1, "added")));
            ctx.ready("");
        }
    }

    /** Fails before it is ready. */
    public static final class FailsInSetup implements ChildRole {
        @Override
        public void run(ChildContext ctx) {
            throw new IllegalStateException("setup exploded on purpose");
        }
    }

    /** Ready, then never answers anything. */
    public static final class Hangs implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            ctx.ready("");
            Thread.sleep(600_000);
        }
    }

    /** Counts until asked to stop, then reports the count. */
    public static final class CountsUntilStop implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            ctx.ready("");
            long n = 0;
            while (!ctx.stopRequested()) {
                n++;
                Thread.sleep(1);
            }
            ctx.report("count " + n);
        }
    }

    /** Creates a file in its temp dir, reports its pid and dir, then idles forever. */
    public static final class Idles implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            Files.writeString(ctx.tempDir().resolve("sharebench-marker"), "x");
            ctx.ready(ProcessHandle.current().pid() + " " + ctx.tempDir());
            Thread.sleep(600_000);
        }
    }

    /**
     * A parent JVM for the SIGKILL test: starts an {@link Idles} child, prints "CHILD pid dir" and
     * waits to be killed.
     */
    public static final class ParentMain {
        public static void main(String[] args) throws Exception {
            java.nio.file.Path shm = TempFiles.sharedMemoryDir().resolve(TempFiles.prefix("lifecycle") + "x.shm");
            java.nio.file.Files.writeString(shm, "mapped");
            ChildProcess child = ChildProcess.builder(Idles.class).deleteOnParentDeath(shm).start();
            System.out.println("CHILD " + child.readyInfo() + " " + shm);
            System.out.flush();
            Thread.sleep(600_000);
            child.close();
        }
    }

}
