package dev.sharebench.core.catalog;

import static dev.sharebench.core.catalog.Target.Selector.bench;
import static dev.sharebench.core.catalog.Target.Selector.reference;

import java.util.ArrayList;
import java.util.List;

/** The suite's performance targets, checked by the report against the same run's references. */
public final class Targets {

    private Targets() {
    }

    public static final List<Target> ALL = build();

    private static List<Target> build() {
        List<Target> t = new ArrayList<>();
        // The floor against core-to-core run with the SAME flags: FloorBench's layout, pause and placement
        // @Params are the C program's --layout, --pause and --pin. T1 is the headline variant; T1-* (at the end, so
        // the numbered ids stay put) pair every other variant with its C case.
        t.add(floor("T1", Workloads.FLOOR_HEADLINE));
        Target.Selector coreToCore = t.getFirst().referenceSide().orElseThrow();
        t.add(new Target("T2", "mmap spin round trip vs core-to-core",
                "mmap-spin cross-process round trip (p50, cross-cpu) within 1.5x of the core-to-core round trip",
                bench(Workloads.RTT, "roundTrip", "p50", "mechanism", "mmap-spin", "placement", "cross-cpu"), coreToCore, 1.5, "<="));
        int n = 3;
        for (String transport : List.of("pipe", "uds", "tcp")) {
            for (String placement : List.of("cross-cpu", "same-cpu")) {
                t.add(new Target("T" + n++, transport + " " + placement + " vs C",
                        "JVM " + transport + " round trip (p50, " + placement + ") within 1.3x of C's " + transport
                                + " round trip at the same placement",
                        bench(Workloads.RTT, "roundTrip", "p50", "mechanism", transport, "placement", placement),
                        reference("transports", "cc", "--transport", transport, "--wait", "block", "--placement", placement), 1.3, "<="));
            }
        }
        /*
         * The manager against Python at each placement, judging ONE wait strategy fixed here in advance (the
         * same alias on the server loop and the client), chosen from hand runs outside the suite (4 interleaved
         * forks each beside Python, 2026-12-02): on one CPU block (2.5-3.2x faster than Python; spin-then-block
         * 0.7-0.9x, each side spins its 20 us budget while the other cannot run; busy-poll 0.01x, it waits for
         * preemption); across CPUs spin-then-block (13-20x; busy-poll 12-17x, block 1.4-2.5x); unpinned (os)
         * spin-then-block (12-22x; README's 3-fork run: block 9x, busy-poll 16x, spin-then-block 18x). The other two strategies stand in the row as context, against the Python runs around
         * their own forks, and are never judged: picking the best of three by its estimate after the fact
         * would judge the luckiest draw as if it had been chosen beforehand.
         */
        for (String placement : List.of("same-cpu", "cross-cpu", "os")) {
            String judged = placement.equals("same-cpu") ? "block" : "spin-then-block";
            List<Target.Selector> context = new ArrayList<>();
            for (String strategy : List.of("block", "busy-poll", "spin-then-block")) {
                if (!strategy.equals(judged)) {
                    context.add(managerRoundTrip(strategy, placement));
                }
            }
            t.add(new Target("T" + n++, "manager " + placement + " vs Python",
                    "manager-uds get round trip (p50, " + placement + ", wait strategy " + judged + " on both sides, fixed in"
                            + " advance) at least 2x faster than Python's Manager().dict() get; the other wait strategies are"
                            + " shown as context, not judged",
                    reference("python-guides.py", "python3", "--case", "manager-dict-get", "--placement", placement),
                    managerRoundTrip(judged, placement), 2, ">=", context));
        }
        t.add(new Target("T" + n++, "shared-memory stream vs kernel",
                "best shared-memory ring streams 64 KiB messages (cross-cpu) at least 5x the throughput of the best kernel transport",
                bench(Workloads.STREAM, "send", "median", "mechanism", "agrona-ring,mmap-spsc-ring", "payloadBytes", "65536", "placement", "cross-cpu"),
                bench(Workloads.STREAM, "send", "median", "mechanism", "pipe,uds,tcp", "payloadBytes", "65536", "placement", "cross-cpu"), 5, ">="));
        // Burning a core: busy-polled sockets against C busy-polling the same way (transports.c --wait busy-poll).
        // Cross-cpu only: on one CPU a busy poller waits for preemption (quick measures busy-poll across CPUs only).
        for (String transport : List.of("uds", "tcp")) {
            t.add(new Target("T" + n++, transport + " busy-poll cross-cpu vs C",
                    "JVM " + transport + "-busy-poll round trip (p50, cross-cpu) within 1.3x of C's " + transport
                            + " busy-poll round trip (non-blocking reads in a loop on both ends)",
                    bench(Workloads.RTT, "roundTrip", "p50", "mechanism", transport + "-busy-poll", "placement", "cross-cpu"),
                    reference("transports", "cc", "--transport", transport, "--wait", "busy-poll", "--placement", "cross-cpu"), 1.3, "<="));
        }
        // The Java ring against the same ring in C (shm-ring.c: byte for byte RingLayout, the same YIELD wait), both in
        // messages/s at StreamBench's headline cell (its default 1 MiB capacity). --check stamps is Java's check
        // (Payloads stamps; the Java receiver adds a CRC of 1 message in 64); C's default full check sums every byte.
        t.add(new Target("T" + n++, "mmap ring stream vs C ring",
                "mmap-spsc-ring streams 64 KiB messages (cross-cpu, 1 MiB ring) at least 0.7x the messages/s of the same"
                        + " SPSC ring in C",
                bench(Workloads.STREAM, "send", "median", "mechanism", "mmap-spsc-ring", "payloadBytes", "65536", "capacity", "1048576",
                        "placement", "cross-cpu"),
                reference("shm-ring", "cc", "--payload", "65536", "--capacity", "1048576", "--placement", "cross-cpu", "--check", "stamps"),
                0.7, ">="));
        for (String layout : List.of("one-line", "two-lines")) {
            for (String pause : List.of("on", "off")) {
                for (String pin : List.of("cross-cpu", "os")) {
                    List<String> variant = List.of("layout", layout, "pause", pause, "placement", pin);
                    if (!variant.equals(Workloads.FLOOR_HEADLINE)) {
                        t.add(floor("T1-" + layout + "-pause-" + pause + "-" + pin, variant));
                    }
                }
            }
        }
        return List.copyOf(t);
    }

    /* RttBench's manager-uds round trip (p50) with one wait strategy at one placement ("block" is the plain alias). */
    private static Target.Selector managerRoundTrip(String strategy, String placement) {
        String alias = strategy.equals("block") ? "manager-uds" : "manager-uds-" + strategy;
        return bench(Workloads.RTT, "roundTrip", "p50", "mechanism", alias, "placement", placement);
    }

    /* FloorBench at one variant (layout, v, pause, v, placement, v) against core-to-core with those flags (placement is --pin). */
    private static Target floor(String id, List<String> variant) {
        List<String> flags = new ArrayList<>();
        List<String> params = new ArrayList<>(List.of("mechanism", "cache-line-pingpong"));
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < variant.size(); i += 2) {
            flags.add(variant.get(i).equals("placement") ? "--pin" : "--" + variant.get(i));
            flags.add(variant.get(i + 1));
            params.add(variant.get(i));
            params.add(variant.get(i + 1));
            label.append(i == 0 ? "" : ", ").append(variant.get(i)).append(' ').append(variant.get(i + 1));
        }
        return new Target(id, "JVM floor vs core-to-core (" + label + ")",
                "FloorBench cache-line ping-pong round trip (" + label + ") within 1.5x of this machine's core-to-core round trip"
                        + " with the same flags in the same run",
                bench(Workloads.FLOOR, "roundTrip", "median", params.toArray(String[]::new)),
                reference("core-to-core", "cc", flags.toArray(String[]::new)), 1.5, "<=");
    }
}
