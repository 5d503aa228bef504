package dev.sharebench.core.manager;

import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.PollingWait;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The manager server: one thread, one {@link Selector}, every connection a small state machine
 * ({@link ServerConnection}): the HMAC login, then requests answered in order. A connection that
 * fails (wrong proof, hostile length, I/O error) is closed; a request that does not decode or names
 * an unknown object or method gets an error reply. Neither stops the server.
 *
 * <p>Why a selector, measured on this 2-vCPU machine with 1,000 idle logged-in clients over a Unix
 * socket (JDK 25, 256 MiB heap):
 * <ul>
 *   <li>one platform thread and two 1 MiB frame buffers per connection (the design before): 4 MiB
 *       of heap and direct memory per client, so the 64th client ran the server out of memory;</li>
 *   <li>the same with virtual threads and small buffers: MEASURE_VT heap per client and no OS
 *       thread each, but every request wakes a poller thread and then a carrier thread: two
 *       hand-offs where a blocking read has one, MEASURE_VT_RTT per round trip across vCPUs;</li>
 *   <li>this selector loop: MEASURE_SEL heap per client, no thread per client, and one wake-up per
 *       request, MEASURE_SEL_RTT per round trip.</li>
 * </ul>
 * A single loop also makes the shared objects single-threaded (no locks), and the loop's wait is in
 * one place ({@link #awaitAndDispatch}), where the wait strategy decides how it waits: {@code block}
 * sleeps in {@code select}; {@code busy-poll} calls {@code selectNow} in a loop and never gives up its
 * CPU (a request from a client on another CPU is seen within one system call, no wake-up);
 * {@code spin-then-block} does that for {@link PollingWait#SPIN_NANOS}, then sleeps in {@code select}
 * (on one CPU the client gets the CPU after one spin budget instead of at preemption).
 *
 * <p>Bounded memory: a connection that is logging in holds ~100 bytes of state; a logged-in one a
 * 1 KiB inbox ({@link FrameInbox#SMALL}); everything larger (a request over 1 KiB being received, a
 * reply the client has not read) comes from one {@link BufferBudget} of
 * {@link ServerLimits#bufferBudgetBytes()} and is given back when done. Plus the one 1 MiB reply
 * buffer. So the server needs at most {@code maxConnections x ~4 KiB + budget + 1 MiB} beyond its
 * objects. The limits ({@link ServerLimits}): a connection cap beyond which connections are refused
 * with a reason, a login deadline, and a log that writes at most one line per second per kind of
 * event ({@link RateLimitedLog}).
 */
public final class ManagerServer implements AutoCloseable {

    private static final int ACCEPTS_PER_EVENT = 64;
    private static final long ACCEPT_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private final ServerSocketChannel listener;
    private final Selector selector;
    private final ServerContext server;
    private final WaitStrategy wait;
    /** spin-then-block: when the loop last found nothing ready (0 while it finds work). */
    private long idleSince;
    /** Connections in accept order, so in login-deadline order; logged-in ones leave from the front. */
    private final ArrayDeque<ServerConnection> loggingIn = new ArrayDeque<>();
    private SelectionKey acceptKey;
    private long acceptPausedUntil;
    private volatile boolean stopping;

    public ManagerServer(ServerSocketChannel listener, byte[] secret, ServerLimits limits) throws IOException {
        this(listener, secret, limits, WaitStrategy.BLOCK);
    }

    /** A server whose loop waits {@code wait}: block, busy-poll or spin-then-block. */
    public ManagerServer(ServerSocketChannel listener, byte[] secret, ServerLimits limits, WaitStrategy wait) throws IOException {
        this(listener, secret, limits, wait, System.err);
    }

    ManagerServer(ServerSocketChannel listener, byte[] secret, ServerLimits limits, PrintStream log) throws IOException {
        this(listener, secret, limits, WaitStrategy.BLOCK, log);
    }

    private ManagerServer(ServerSocketChannel listener, byte[] secret, ServerLimits limits, WaitStrategy wait, PrintStream log)
            throws IOException {
        if (!WaitStrategy.KERNEL_TRANSPORT.contains(wait)) {
            throw new IllegalArgumentException("the manager server waits block, busy-poll or spin-then-block, not " + wait.alias());
        }
        this.wait = wait;
        this.listener = listener;
        this.selector = Selector.open();
        this.server = new ServerContext(secret, limits, new RateLimitedLog(log, System::nanoTime, TimeUnit.SECONDS.toNanos(1)));
    }

    /** Accept and serve until {@link #close}; then close every connection. */
    public void serve() throws IOException {
        listener.configureBlocking(false);
        acceptKey = listener.register(selector, SelectionKey.OP_ACCEPT);
        try {
            while (!stopping) {
                awaitAndDispatch(millisToNextTimer(System.nanoTime()));
                resumeParkedReplies();
                runTimers(System.nanoTime());
            }
        } finally {
            for (SelectionKey k : List.copyOf(selector.keys())) {
                if (k.attachment() instanceof ServerConnection c) {
                    c.close();
                }
            }
            synchronized (this) { // never under a wakeup from close()
                selector.close();
            }
            server.log.flush();
        }
    }

    /*
     * The one place the loop waits for I/O, then handles each ready connection. The polling waits
     * return after one empty selectNow, so the loop's timers and its stop flag are checked between
     * two polls, as they are after each blocking select.
     */
    private void awaitAndDispatch(long timeoutMillis) throws IOException {
        if (wait == WaitStrategy.BLOCK) {
            selector.select(this::dispatch, timeoutMillis);
            return;
        }
        if (selector.selectNow(this::dispatch) > 0) {
            idleSince = 0;
            return;
        }
        long now = System.nanoTime();
        if (idleSince == 0) {
            idleSince = now;
        }
        if (wait == WaitStrategy.BUSY_POLL || now - idleSince < PollingWait.SPIN_NANOS) {
            Thread.onSpinWait();
        } else if (selector.select(this::dispatch, timeoutMillis) > 0) {
            idleSince = 0;
        }
    }

    private void dispatch(SelectionKey key) {
        if (key == acceptKey) {
            acceptAll();
            return;
        }
        ServerConnection c = (ServerConnection) key.attachment();
        try {
            if (key.isValid() && key.isReadable()) {
                c.onReadable();
            }
            if (key.isValid() && key.isWritable()) {
                c.onWritable();
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // NOTE: out of memory in one connection's request closes that connection, not the server.
            c.closeAfter(e);
        }
    }

    private void resumeParkedReplies() {
        for (ServerConnection c; (c = server.nextToResume()) != null; ) {
            try {
                c.resume();
            } catch (IOException | RuntimeException e) {
                c.closeAfter(e);
            }
        }
    }

    private void acceptAll() {
        for (int i = 0; i < ACCEPTS_PER_EVENT; i++) {
            SocketChannel ch;
            try {
                ch = listener.accept();
            } catch (IOException e) { // e.g. out of file descriptors: the listener stays readable, so pause
                server.log.log("accept error", "cannot accept a connection (" + e.getMessage() + "); pausing accepts for 100 ms");
                acceptKey.interestOps(0);
                acceptPausedUntil = System.nanoTime() + ACCEPT_PAUSE_NANOS;
                return;
            }
            if (ch == null) {
                return;
            }
            if (server.counters.open >= server.limits.maxConnections()) {
                refuse(ch);
            } else {
                take(ch);
            }
        }
    }

    private void take(SocketChannel ch) {
        ServerConnection c;
        try {
            c = new ServerConnection(server, ch, selector, System.nanoTime() + server.limits.loginDeadline().toNanos());
        } catch (IOException | RuntimeException e) {
            server.log.log("connection error", "cannot register a new connection: " + e);
            closeUnregistered(ch);
            return;
        }
        loggingIn.add(c);
        try {
            c.start();
        } catch (IOException | RuntimeException e) {
            c.closeAfter(e);
        }
    }

    private void refuse(SocketChannel ch) {
        server.counters.refused++;
        String reason = "server at its cap of " + server.limits.maxConnections() + " connections";
        server.log.log("refused", "refused a connection: " + reason);
        try {
            ch.configureBlocking(false);
            ch.write(ManagerProtocol.refusedHello(reason)); // a fresh socket takes these few bytes at once
        } catch (IOException e) {
            server.log.log("refused", "could not tell a refused client why: " + e);
        }
        closeUnregistered(ch);
    }

    private void closeUnregistered(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            server.log.log("connection error", "closing a connection failed: " + e);
        }
    }

    /** Login deadlines passed (in accept order: stop at the first one still in the future), a paused accept. */
    private void runTimers(long now) {
        while (!loggingIn.isEmpty()) {
            ServerConnection c = loggingIn.peek();
            if (c.loggingIn() && c.loginDeadline() - now > 0) {
                break;
            }
            loggingIn.poll();
            if (c.loggingIn()) {
                c.closeForLoginTimeout();
            }
        }
        if (acceptPausedUntil != 0 && now - acceptPausedUntil >= 0) {
            acceptPausedUntil = 0;
            acceptKey.interestOps(SelectionKey.OP_ACCEPT);
        }
    }

    /** How long the select may block: until the next timer, or without a limit (0) when there is none. */
    private long millisToNextTimer(long now) {
        long next = Long.MAX_VALUE;
        if (!loggingIn.isEmpty()) {
            next = loggingIn.peek().loginDeadline() - now;
        }
        if (acceptPausedUntil != 0) {
            next = Math.min(next, acceptPausedUntil - now);
        }
        if (next == Long.MAX_VALUE) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(next) + 1);
    }

    /** Stop the loop (from any thread); {@link #serve} closes every connection and returns. */
    @Override
    public synchronized void close() {
        if (!stopping) {
            stopping = true;
            if (selector.isOpen()) {
                selector.wakeup();
            }
        }
    }
}
