/**
 * The workload factories and the mechanism registry. One factory per contract, each a
 * {@link dev.sharebench.core.workload.Factory} in a {@code FACTORY} field whose registrations are
 * the one list of what it creates, with a small record of creation arguments:
 *
 * <table>
 *   <caption>Contract, factory, arguments, benchmark</caption>
 *   <tr><th>contract</th><th>factory</th><th>arguments</th><th>benchmark</th></tr>
 *   <tr><td>SharedCounter</td><td>{@link dev.sharebench.core.workload.Counters}</td><td>{@link dev.sharebench.core.workload.CounterArgs}</td><td>CounterBench</td></tr>
 *   <tr><td>Handoff</td><td>{@link dev.sharebench.core.workload.Handoffs}</td><td>{@link dev.sharebench.core.workload.HandoffArgs}</td><td>HandoffBench, HandoffLatencyBench</td></tr>
 *   <tr><td>Scratch</td><td>{@link dev.sharebench.core.workload.Scratches}</td><td>{@link dev.sharebench.core.workload.ScratchArgs}</td><td>ScratchBench (on {@link dev.sharebench.core.workload.Carriers})</td></tr>
 *   <tr><td>BulkArray</td><td>{@link dev.sharebench.core.workload.BulkArrays}</td><td>{@link dev.sharebench.core.workload.BulkArrayArgs}</td><td>BulkArrayBench</td></tr>
 *   <tr><td>InProcessMap</td><td>{@link dev.sharebench.core.workload.Maps}</td><td>{@link dev.sharebench.core.workload.MapArgs}</td><td>MapBench</td></tr>
 *   <tr><td>PingPongCell</td><td>{@link dev.sharebench.core.workload.Floors}</td><td>{@link dev.sharebench.core.workload.FloorArgs}</td><td>FloorBench</td></tr>
 *   <tr><td>RoundTrip</td><td>{@link dev.sharebench.core.workload.RoundTrips}</td><td>{@link dev.sharebench.core.workload.RoundTripArgs}</td><td>RttBench</td></tr>
 *   <tr><td>StreamSender</td><td>{@link dev.sharebench.core.workload.Streams}</td><td>{@link dev.sharebench.core.workload.StreamArgs}</td><td>StreamBench</td></tr>
 *   <tr><td>CrossCounter</td><td>{@link dev.sharebench.core.workload.CrossCounters}</td><td>{@link dev.sharebench.core.workload.CrossCounterArgs}</td><td>XprocCounterBench</td></tr>
 *   <tr><td>SharedMapWorkload</td><td>{@link dev.sharebench.core.workload.SharedMaps}</td><td>{@link dev.sharebench.core.workload.SharedMapArgs}</td><td>SharedMapBench</td></tr>
 * </table>
 *
 * <p>Each registration defines its mechanism or reuses one another factory defines
 * ({@link dev.sharebench.core.workload.MechanismRef}); {@link dev.sharebench.core.workload.Mechanisms}
 * collects the definitions of every factory into the registry. So adding an in-process mechanism is
 * its implementation and one registration line (and a doc line); the aliases each factory supports
 * are {@code FACTORY.aliases()}, never a separate list.
 *
 * <p>May depend on: everything below it (base, {@code contract}, the implementation families and
 * the leaves). Nothing below may depend on it; {@code catalog}, {@code proof} and {@code cli} sit
 * above it.
 */
package dev.sharebench.core.workload;
