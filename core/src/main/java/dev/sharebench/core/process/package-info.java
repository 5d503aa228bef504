/**
 * Child JVMs for cross-process benchmarks and proofs.
 *
 * <p>The whole API: write a {@link dev.sharebench.core.process.ChildRole} (public, no-arg
 * constructor), start it with {@link dev.sharebench.core.process.ChildProcess#start} or
 * {@link dev.sharebench.core.process.ChildProcess#builder}, talk to it, close it.
 *
 * <pre>{@code
 * public final class Echo implements ChildRole {
 *     public void run(ChildContext ctx) throws Exception {
 *         ctx.ready("");                        // the parent's start() returns now
 *         ctx.stdin().transferTo(ctx.stdout()); // raw fd 0 -> fd 1, until the parent closes
 *     }
 * }
 *
 * try (ChildProcess child = ChildProcess.start(Echo.class, List.of(), Duration.ofSeconds(10))) {
 *     child.stdin().write(bytes); child.stdin().flush();
 *     child.beginWait();                        // arms the hang guard while we block
 *     int b = child.stdout().read();
 *     child.endWait();
 * }                                             // STOP, wait <= 3 s, kill, delete files, throw if the role failed
 * }</pre>
 *
 * <ul>
 *   <li>Same {@code java} binary and class path as the parent, plus the suite's JVM flags
 *       ({@link dev.sharebench.core.process.JvmFlags}) and any extras.</li>
 *   <li>Handshake over a Unix socket in the child's 0700 {@code sharebench-child-*} dir: HELLO,
 *       READY (with an info string, e.g. a port), REPORT lines, FAILED; STOP from the parent.</li>
 *   <li>Parent death: the control socket's EOF (also on SIGKILL) makes the child delete its dir and
 *       any {@code deleteOnParentDeath} files and halt within ~100 ms; a parent-pid poll is the belt.</li>
 *   <li>Bounds: {@code readyTimeout} for start, {@code hangTimeout} for waits bracketed by
 *       beginWait/endWait; a dead or hung child surfaces as an IllegalStateException from
 *       {@link dev.sharebench.core.process.ChildProcess#failure} with its exit code and stderr tail.</li>
 *   <li>Secrets reach a child via {@code Builder.stdinBytes}, never the command line.</li>
 *   <li>{@link dev.sharebench.core.process.Placement}: the {@code placement} @Param
 *       (cross-cpu, same-cpu, os), pinning via sched_setaffinity through FFM.</li>
 *   <li>For the parent sides of the peers: {@link dev.sharebench.core.process.Closer} (close all, in
 *       order, whatever failed), {@link dev.sharebench.core.process.PeerWatch} (a dead or hung child
 *       while the parent spins on shared memory); {@link dev.sharebench.core.process.JvmFlags}, the
 *       suite's one JVM-flag list; {@link dev.sharebench.core.process.TempFiles}, the
 *       {@code sharebench-<what>-p<pid>-} temp names.</li>
 *   <li>{@link dev.sharebench.core.process.PeerWitness}: for the proofs, what a child saw (requests
 *       answered, adds, messages verified), counted into a file of its own that no mechanism reads;
 *       children started while a witness is open find its folder in their environment.</li>
 * </ul>
 *
 * <p>May depend on: {@code nativeos} only (a leaf otherwise).
 */
package dev.sharebench.core.process;
