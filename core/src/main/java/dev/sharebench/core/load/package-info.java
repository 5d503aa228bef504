/**
 * Latency under load: a sender that offers messages at a fixed rate (open loop) or back to back
 * (closed loop), and measures each message's latency from its INTENDED send time, so that a stall
 * is charged to every message it delays (coordinated omission corrected, the idea of Chronicle's
 * JLBH and of Aeron's load-test rig). Drivers for the round-trip contract
 * ({@link dev.sharebench.core.load.RoundTripLoad}) and the in-process handoffs
 * ({@link dev.sharebench.core.load.HandoffLoad}); pacing in {@link dev.sharebench.core.load.Pacer};
 * histograms (HdrHistogram) in {@link dev.sharebench.core.load.Latencies}. LoadLatencyBench (jmh)
 * runs them per mechanism and offered rate.
 *
 * <p>May depend on: the base package, {@code contract}, {@code wait}, {@code nativeos} and
 * {@code process}.
 */
package dev.sharebench.core.load;
