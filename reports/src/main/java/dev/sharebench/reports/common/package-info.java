/**
 * Small helpers every other package shares, kept here so that no higher package has to be
 * imported for them (when they lived in {@code report}, every package depended on it and it on
 * them): number formatting ({@link dev.sharebench.reports.common.Format}), stable anchors, reading
 * small JSON inputs with errors that name the file, {@link dev.sharebench.reports.common.BadInputException}
 * and the shared {@link dev.sharebench.reports.common.ExitCode}s.
 *
 * <p>May depend on: {@code stats} (Format prints an {@code Estimate}).
 */
package dev.sharebench.reports.common;
