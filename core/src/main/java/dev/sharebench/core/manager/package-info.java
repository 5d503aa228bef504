/**
 * Family {@code manager}: a server process holds the objects ({@code map}, {@code list},
 * {@code counter}, {@code lock}), and proxies make every access a round trip, over a Unix socket
 * ({@code manager-uds}) or TCP loopback ({@code manager-tcp}). The server child
 * ({@link dev.sharebench.core.manager.ManagerServer}: one selector thread, every connection a small
 * state machine, {@link dev.sharebench.core.manager.ServerLimits} for its connection cap, login
 * deadline and buffer budget, a rate-limited log) and its session (an HMAC login on a per-run
 * secret), the client and its {@link java.lang.reflect.Proxy} objects, two codecs (binary, and java
 * serialization through the suite's allowlist), and the parent sides of the round-trip, counter and
 * shared-map workloads. {@code manager.rmi} is the JDK's own remote objects ({@code rmi}), behind the
 * same HMAC login.
 *
 * <p>May depend on: the base package, {@code contract} and the leaf packages; never on another
 * family, {@code workload} or anything above it.
 */
package dev.sharebench.core.manager;
