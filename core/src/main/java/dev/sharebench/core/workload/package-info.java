/**
 * Cross-process workloads: the contracts the JMH benchmarks drive and the one factory per contract
 * that maps a mechanism alias to its implementation (a test checks every alias is registered in
 * {@link dev.sharebench.core.workload.Mechanisms} and every benchmark @Param is supported).
 *
 * <table>
 *   <caption>Contract, factory, benchmark, aliases</caption>
 *   <tr><th>contract</th><th>factory</th><th>benchmark</th><th>aliases</th></tr>
 *   <tr><td>{@link dev.sharebench.core.contract.RoundTrip}</td><td>{@link dev.sharebench.core.workload.RoundTrips}</td>
 *       <td>RttBench</td><td>mmap-spin, mmap-yield, mmap-park, mmap-futex, pipe, fifo, process-queue, uds, tcp,
 *       manager-uds, manager-tcp, rmi</td></tr>
 *   <tr><td>{@link dev.sharebench.core.contract.StreamSender}</td><td>{@link dev.sharebench.core.workload.Streams}</td>
 *       <td>StreamBench</td><td>agrona-ring, mmap-spsc-ring, pipe, fifo, uds, tcp</td></tr>
 *   <tr><td>{@link dev.sharebench.core.contract.CrossCounter}</td><td>{@link dev.sharebench.core.workload.CrossCounters}</td>
 *       <td>XprocCounterBench</td><td>mmap, mmap-lock, file-lock, manager-uds, manager-tcp</td></tr>
 *   <tr><td>{@link dev.sharebench.core.manager.ManagerMapWorkload}</td><td>{@link dev.sharebench.core.workload.SharedMaps}</td>
 *       <td>SharedMapBench</td><td>manager-uds, manager-tcp (codec binary or java)</td></tr>
 * </table>
 *
 * <p>Where the mechanisms live: {@code mmap} (mapping, layouts, mailboxes, rings, counters),
 * {@code pipe} (frame links, transports, fifo, process queue), {@code socket} (loopback-only and
 * 0700-directory sockets), {@code manager} (server, proxies, codecs, HMAC handshake; {@code rmi}),
 * {@code nativeos} (FFM: futex, sched_setaffinity, F_SETPIPE_SZ, mkfifo), {@code process} (child JVMs).
 * Every implementation checks its own results and names its alias when something is wrong.
 */
package dev.sharebench.core.workload;
