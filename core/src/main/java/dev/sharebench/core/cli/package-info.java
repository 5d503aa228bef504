/**
 * {@code core.jar}'s commands, which the scripts call so that logic lives in tested Java:
 * {@code mechanisms} (the registry, as a table or mechanisms.json), {@code manifest}, {@code proofs}
 * (the proof runner) and {@code jvm-flags} (the suite's JVM flags on one line).
 *
 * <p>May depend on: everything in core (the top layer); nothing depends on it.
 */
package dev.sharebench.core.cli;
