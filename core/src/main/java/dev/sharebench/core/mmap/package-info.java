/**
 * Family {@code mmap}: shared memory between processes, a /dev/shm file mapped in both JVMs
 * ({@link dev.sharebench.core.mmap.SharedMapping}, layout-versioned). On it: the counters
 * ({@code mmap}, {@code mmap-lock}, {@code file-lock}), the ping-pong mailboxes with one alias per
 * wait strategy ({@code mmap-spin}, {@code mmap-yield}, {@code mmap-park}, {@code mmap-futex},
 * {@code mmap-block}) and the byte rings of the stream workload ({@code mmap-spsc-ring},
 * {@code agrona-ring}); each with the child role that runs its other end. Every layout lives in one
 * {@code ...Layout} class with a byte diagram.
 *
 * <p>May depend on: the base package, {@code contract} and the leaf packages; never on another
 * family, {@code workload} or anything above it.
 */
package dev.sharebench.core.mmap;
