package dev.sharebench.reports;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/*
 * The package map of reports, as rules: every package sits in a layer and may use only the
 * layers listed for it (the same list its package-info states), and no two packages depend on
 * each other in a circle. Bottom to top:
 *
 *   stats                          numbers only (bootstrap, tests, the one percentile rule)
 *   common                         formatting, anchors, JSON reading, exit codes, bad-input errors
 *   jmh, manifest, proof           reading one kind of input each
 *   results, jfr                   one run directory; the JFR pass
 *   rank                           ranked comparisons and recommendations
 *   targets, chart                 performance targets; figures
 *   doc                            the documents
 *   report, gate                   the commands (never each other)
 *   dev.sharebench.reports         Main
 *
 * A new package must be added here (and get a package-info), or the layering rule fails. Plain
 * JUnit tests calling ArchUnit's check(), so that they count, and filter, like every other test.
 */
class ArchitectureTest {

    private static final String BASE = "dev.sharebench.reports";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void noPackageCycles() {
        slices().matching(BASE + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("stats").definedBy(BASE + ".stats..")
                .layer("common").definedBy(BASE + ".common..")
                .layer("jmh").definedBy(BASE + ".jmh..")
                .layer("manifest").definedBy(BASE + ".manifest..")
                .layer("proof").definedBy(BASE + ".proof..")
                .layer("results").definedBy(BASE + ".results..")
                .layer("jfr").definedBy(BASE + ".jfr..")
                .layer("rank").definedBy(BASE + ".rank..")
                .layer("targets").definedBy(BASE + ".targets..")
                .layer("chart").definedBy(BASE + ".chart..")
                .layer("doc").definedBy(BASE + ".doc..")
                .layer("report").definedBy(BASE + ".report..")
                .layer("gate").definedBy(BASE + ".gate..")
                .layer("main").definedBy(BASE)
                .whereLayer("stats").mayNotAccessAnyLayer()
                .whereLayer("common").mayOnlyAccessLayers("stats")
                .whereLayer("jmh").mayOnlyAccessLayers("common", "stats")
                .whereLayer("manifest").mayOnlyAccessLayers("common")
                .whereLayer("proof").mayOnlyAccessLayers("common")
                .whereLayer("results").mayOnlyAccessLayers("common", "jmh", "manifest", "proof")
                .whereLayer("jfr").mayOnlyAccessLayers("common", "jmh")
                .whereLayer("rank").mayOnlyAccessLayers("common", "stats", "jmh", "proof")
                .whereLayer("targets").mayOnlyAccessLayers("common", "stats", "jmh", "results", "rank")
                .whereLayer("chart").mayOnlyAccessLayers("common", "stats", "jmh", "proof", "rank")
                .whereLayer("doc").mayOnlyAccessLayers("common", "stats", "jmh", "manifest", "proof", "results", "jfr", "rank",
                        "targets", "chart")
                .whereLayer("report").mayOnlyAccessLayers("common", "stats", "jmh", "manifest", "proof", "results", "jfr", "rank",
                        "targets", "chart", "doc")
                .whereLayer("gate").mayOnlyAccessLayers("common", "stats", "jmh")
                .whereLayer("main").mayOnlyAccessLayers("common", "report", "gate")
                .ensureAllClassesAreContainedInArchitecture()
                .check(CLASSES);
    }
}
