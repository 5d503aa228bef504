/**
 * {@code reports.jar}: reads benchmark results, writes statistics, charts and documents, and gates
 * regressions. This root package holds only {@link dev.sharebench.reports.Main}, the command line
 * that lists the commands.
 *
 * <p>The packages form layers; each uses only the ones below it, and {@code ArchitectureTest}
 * fails the build on a cycle or a dependency not in this list (bottom to top):
 * <pre>
 *   stats                      numbers only
 *   common                     formatting, anchors, JSON, exit codes, bad-input errors
 *   jmh, manifest, proof       one input format each
 *   results, jfr               one run directory; the JFR pass
 *   rank                       ranked comparisons, recommendations
 *   targets, chart             performance targets; figures
 *   doc                        the documents
 *   report, gate               the commands (never each other)
 *   (this package)             Main
 * </pre>
 * May depend on: {@code common}, {@code report}, {@code gate}.
 */
package dev.sharebench.reports;
