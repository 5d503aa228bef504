/**
 * The workload catalogue: every workload of the suite defined once ({@link dev.sharebench.core.catalog.Workloads}),
 * with its benchmark class, question, job, headline, baseline, rank metric, method spaces (each drawing
 * its mechanisms from a {@code workload} factory), exclusions, and what each profile runs
 * ({@link dev.sharebench.core.catalog.Profile}, {@link dev.sharebench.core.catalog.RunSpec}); the
 * performance targets ({@link dev.sharebench.core.catalog.Targets}); and its JSON form,
 * {@code workloads.json} ({@link dev.sharebench.core.catalog.CatalogJson}), which every results
 * directory carries and the report reads. The suite runner (jmh module), the scripts (through
 * {@code core.jar}), the coverage check and the tests all read this package; no other place names a
 * benchmark class.
 *
 * <p>May depend on: the base package, {@code wait}, {@code workload} (for the factories' aliases).
 * Only {@code cli} (and the jmh and reports modules) depend on it.
 */
package dev.sharebench.core.catalog;
