/**
 * The documents of a report, all written from one {@link dev.sharebench.reports.doc.ReportContent}:
 * index.html and summary.md (JMustache templates over one {@link dev.sharebench.reports.doc.ReportModel}),
 * results.csv and report.json.
 *
 * <p>May depend on every package below the commands: {@code common}, {@code stats}, {@code jmh},
 * {@code manifest}, {@code proof}, {@code results}, {@code jfr}, {@code rank}, {@code targets},
 * {@code chart}, {@code load}.
 */
package dev.sharebench.reports.doc;
