/**
 * The operating system through FFM (Linux): futex wait and wake, sched_setaffinity, F_SETPIPE_SZ,
 * mkfifo and a file descriptor's number. The suite's JVMs run them with
 * {@code --enable-native-access=ALL-UNNAMED}, one of the suite's JVM flags ({@code process.JvmFlags}).
 *
 * <p>May depend on: nothing in core (a leaf).
 */
package dev.sharebench.core.nativeos;
