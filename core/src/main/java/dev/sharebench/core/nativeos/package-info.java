/**
 * The operating system through FFM (Linux): futex wait and wake, sched_setaffinity, F_SETPIPE_SZ,
 * mkfifo, a file descriptor's number, non-blocking pipe ends with poll ({@link
 * dev.sharebench.core.nativeos.PipeChannel}) and the CPU clocks of processes ({@link
 * dev.sharebench.core.nativeos.CpuClock}). The suite's JVMs run them with
 * {@code --enable-native-access=ALL-UNNAMED}, one of the suite's JVM flags ({@code process.JvmFlags}).
 *
 * <p>May depend on: nothing in core (a leaf).
 */
package dev.sharebench.core.nativeos;
