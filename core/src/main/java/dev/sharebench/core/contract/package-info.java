/**
 * The workload contracts: what a benchmark, a proof or a test drives, whatever the mechanism behind
 * it. One interface per workload, plus its small value types:
 * {@link dev.sharebench.core.contract.SharedCounter} (CounterBench),
 * {@link dev.sharebench.core.contract.Handoff} (HandoffBench, HandoffLatencyBench),
 * {@link dev.sharebench.core.contract.Scratch} (ScratchBench),
 * {@link dev.sharebench.core.contract.BulkArray} (BulkArrayBench),
 * {@link dev.sharebench.core.contract.InProcessMap} (MapBench),
 * {@link dev.sharebench.core.contract.RoundTrip} (RttBench),
 * {@link dev.sharebench.core.contract.StreamSender} with {@link dev.sharebench.core.contract.StreamSinkReport}
 * (StreamBench), {@link dev.sharebench.core.contract.CrossCounter} (XprocCounterBench) and
 * {@link dev.sharebench.core.contract.SharedMapWorkload} (SharedMapBench). Every implementation checks
 * its own results and names its alias when something is wrong.
 *
 * <p>May depend on: the base package and {@code wait} only. Implementations live in the family
 * packages; the factories that create them in {@code workload}.
 */
package dev.sharebench.core.contract;
