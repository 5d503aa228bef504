package dev.sharebench.core.process;

import dev.sharebench.core.nativeos.Affinity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * Entry point of every child JVM: {@code ChildMain <control-socket> <cpu|-1> <role-class> [args...]}.
 *
 * <p>Lifecycle: connect to the parent's control socket, say HELLO, pin the process if asked, then
 * run the role. A daemon watchdog reads the control socket: {@code STOP} sets
 * {@link ChildContext#stopRequested()}; end-of-file means the parent is gone (closed us, crashed or
 * was SIGKILLed: the kernel closes its socket in every case), so the child deletes its temp dir and
 * halts at once. A second daemon polls the parent pid every 100 ms as a belt.
 *
 * <p>NOTE: no {@code prctl(PR_SET_PDEATHSIG)}: it fires when the parent THREAD that spawned us ends,
 * and a JMH worker thread may end while its JVM lives on; the socket EOF covers SIGKILL already.
 */
public final class ChildMain {

    static final int EXIT_OK = 0;
    static final int EXIT_ROLE_FAILED = 1;
    static final int EXIT_PARENT_GONE = 3;
    /** Environment variable: extra files (path-separated) to delete when the parent dies. */
    static final String CLEANUP_ENV = "SHAREBENCH_CLEANUP";

    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ChildMain <control-socket> <cpu|-1> <role-class> [args...]");
            System.exit(2);
        }
        Path controlPath = Path.of(args[0]);
        SocketChannel control = SocketChannel.open(StandardProtocolFamily.UNIX);
        control.connect(UnixDomainSocketAddress.of(controlPath));
        ChildContext ctx = new ChildContext(control, controlPath.getParent(), List.of(args).subList(3, args.length));
        ctx.send("HELLO " + ProcessHandle.current().pid());
        startWatchdogs(control, ctx);

        int cpu = Integer.parseInt(args[1]);
        try {
            if (cpu >= 0) {
                BitSet one = new BitSet();
                one.set(cpu);
                Affinity.pinProcess(one);
            }
            ChildRole role = Class.forName(args[2]).asSubclass(ChildRole.class).getDeclaredConstructor().newInstance();
            role.run(ctx);
        } catch (Throwable t) {
            t.printStackTrace();
            try {
                ctx.send("FAILED " + oneLine(t));
            } catch (RuntimeException unreachable) {
                System.err.println("sharebench child: the parent is gone, could not report: " + unreachable);
            }
            System.exit(EXIT_ROLE_FAILED);
        }
        // The role's results went out as REPORT lines; the parent learns the rest from the exit code.
        System.exit(EXIT_OK);
    }

    private static void startWatchdogs(SocketChannel control, ChildContext ctx) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(control), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("STOP")) {
                        ctx.requestStop();
                    }
                }
            } catch (IOException e) {
                System.err.println("sharebench child: control socket failed: " + e);
            }
            parentGone(ctx, "control socket closed");
        }, "sharebench-child-watchdog");
        reader.setDaemon(true);
        reader.start();

        long parentPid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        Thread poller = new Thread(() -> {
            while (true) {
                long now = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
                if (now != parentPid) {
                    parentGone(ctx, "parent pid " + parentPid + " gone");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sharebench-child-ppid-poller");
        poller.setDaemon(true);
        poller.start();
    }

    private static void parentGone(ChildContext ctx, String why) {
        TempFiles.deleteTree(ctx.tempDir());
        String extra = System.getenv(CLEANUP_ENV);
        if (extra != null && !ctx.stopRequested()) {
            for (String f : extra.split(java.io.File.pathSeparator)) {
                TempFiles.deleteTree(Path.of(f));
            }
        }
        if (!ctx.stopRequested()) {
            System.err.println("sharebench child: " + why + " without STOP: the parent died; exiting");
        }
        // halt: no shutdown hooks, no waiting for the role; the parent is gone or has said goodbye.
        Runtime.getRuntime().halt(ctx.stopRequested() ? EXIT_OK : EXIT_PARENT_GONE);
    }

    static String oneLine(Throwable t) {
        String s = t.getClass().getName() + ": " + t.getMessage();
        Throwable c = t.getCause();
        if (c != null) {
            s += " (cause: " + c.getClass().getName() + ": " + c.getMessage() + ")";
        }
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
