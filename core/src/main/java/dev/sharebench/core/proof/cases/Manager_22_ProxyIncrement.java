package dev.sharebench.core.proof.cases;

import dev.sharebench.core.manager.Codec;
import dev.sharebench.core.manager.ManagerClient;
import dev.sharebench.core.manager.ManagerProtocol;
import dev.sharebench.core.manager.ManagerSession;
import dev.sharebench.core.manager.RemoteCounter;
import dev.sharebench.core.manager.SharedLock;
import dev.sharebench.core.manager.SharedMap;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/*
 * Proof 22, `d["x"] += 1` through a manager proxy from two processes. On a proxy that line is two
 * calls, two round trips: get("x"), then put("x", v + 1). Between them the other process can do its
 * own get and put, and one of the two increments is overwritten.
 *
 * A manager server child (manager-uds) and two client child JVMs (IncrementerRole), started
 * together by a go byte on their stdin, each add 1 a fixed number of times; then the parent reads
 * the total. Every increment the total lacks is a lost update; the counts are increments (counted
 * or lost), taken from the server's total, never from the loop bounds.
 * Broken: get then put on the shared map.
 * Fixed, both counted: (1) a server-side atomic operation: the counter's addAndGet(1) is one
 * request the server applies atomically; (2) a manager-held lock: lock(); get; put; unlock() (three
 * more round trips per increment, but nothing lost).
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P22
 */
public final class Manager_22_ProxyIncrement implements Proof {

    static final int INCREMENTS = 250;
    private static final String ALIAS = "manager-uds";
    private static final String KEY = "x";

    /** How a client child adds 1. */
    enum Way {
        GET_PUT, ATOMIC, LOCKED
    }

    /**
     * The client child: args {@code <transport> <path> <increments> <way>...}; the secret arrives on
     * stdin. For each way: wait for a go byte on stdin, add 1 that many times, write one byte to stdout.
     */
    public static final class IncrementerRole implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            String address = ctx.arg(0, "transport") + " " + ctx.arg(1, "path");
            int increments = Integer.parseInt(ctx.arg(2, "increments"));
            byte[] secret = ctx.stdin().readNBytes(ManagerProtocol.SECRET_BYTES);
            try (ManagerClient client = ManagerClient.connect(address, secret, Codec.of("binary"))) {
                SharedMap map = client.proxy(SharedMap.class, "map");
                RemoteCounter counter = client.proxy(RemoteCounter.class, "counter");
                SharedLock lock = client.proxy(SharedLock.class, "lock");
                ctx.ready("");
                for (String way : ctx.args().subList(3, ctx.args().size())) {
                    if (ctx.stdin().read() < 0) {
                        throw new EOFException("the parent closed stdin before the go byte");
                    }
                    for (int i = 0; i < increments; i++) {
                        addOne(Way.valueOf(way), map, counter, lock);
                    }
                    ctx.stdout().write(1);
                }
            }
        }

        private static void addOne(Way way, SharedMap map, RemoteCounter counter, SharedLock lock) {
            switch (way) {
                case GET_PUT -> map.put(KEY, (Long) map.get(KEY) + 1); // NOTE: the pitfall under test: d["x"] += 1
                case ATOMIC -> counter.addAndGet(1);
                case LOCKED -> {
                    lock.lock();
                    try {
                        map.put(KEY, (Long) map.get(KEY) + 1);
                    } finally {
                        lock.unlock();
                    }
                }
            }
        }
    }

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P22").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts().ran(ALIAS)
                .declare("counted", Grade.ACCEPTABLE, "The increment is in the total.")
                .declareBug(variant, "lost-update", "The increment is missing from the total: another process's put overwrote it.");
        int increments = INCREMENTS * mode.scale();
        List<Way> ways = variant == Variant.BROKEN ? List.of(Way.GET_PUT) : List.of(Way.ATOMIC, Way.LOCKED);
        StringBuilder perWay = new StringBuilder();
        try (ManagerSession manager = new ManagerSession("uds", Placement.OS);
             ManagerClient client = manager.client(Codec.of("binary"))) {
            SharedMap map = client.proxy(SharedMap.class, "map");
            RemoteCounter counter = client.proxy(RemoteCounter.class, "counter");
            List<ChildProcess> children = new ArrayList<>();
            try {
                for (int c = 0; c < 2; c++) {
                    children.add(startIncrementer(manager, increments, ways));
                }
                for (Way way : ways) {
                    map.put(KEY, 0L);
                    long before = counter.get();
                    for (ChildProcess child : children) { // go, as close together as two writes get
                        child.stdin().write(1);
                        child.stdin().flush();
                    }
                    for (ChildProcess child : children) {
                        awaitDone(child);
                    }
                    long total = way == Way.ATOMIC ? counter.get() - before : (Long) map.get(KEY);
                    long expected = 2L * increments;
                    if (total > expected || total < 0) {
                        throw new IllegalStateException("P22 " + way + ": total " + total + " outside 0.." + expected);
                    }
                    counts.add("counted", total);
                    counts.add("lost-update", expected - total);
                    perWay.append(perWay.isEmpty() ? "" : ", ").append(describe(way)).append(": ").append(total).append(" of ").append(expected);
                }
            } finally {
                Closer.closeAll("P22 incrementers", children.toArray(AutoCloseable[]::new));
            }
        }
        counts.describe("counted", "The increment is in the total (" + perWay + ").");
        return counts;
    }

    private static ChildProcess startIncrementer(ManagerSession manager, int increments, List<Way> ways) {
        List<String> args = new ArrayList<>(List.of(manager.address().split(" ", 2)));
        args.add(Integer.toString(increments));
        ways.forEach(w -> args.add(w.name()));
        return ChildProcess.builder(IncrementerRole.class).args(args).stdinBytes(manager.secret()).start();
    }

    private static void awaitDone(ChildProcess child) throws IOException {
        child.beginWait();
        try {
            if (child.stdout().read() < 0) {
                throw child.failure("incrementing", null);
            }
        } finally {
            child.endWait();
        }
    }

    private static String describe(Way way) {
        return switch (way) {
            case GET_PUT -> "get then put";
            case ATOMIC -> "server-side addAndGet";
            case LOCKED -> "manager lock around get and put";
        };
    }
}
