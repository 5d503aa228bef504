package dev.sharebench.reports;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * The package map of reports, as rules: every package sits in a layer and may use only the
 * layers listed for it (the same list its package-info states), and no two packages depend on
 * each other in a circle. Bottom to top:
 *
 *   stats, changepoint             numbers only (the interval rule, tests, the one percentile rule; E-divisive)
 *   common                         formatting, anchors, JSON reading, exit codes, bad-input errors
 *   jmh, manifest, proof           reading one kind of input each
 *   results, jfr, canary           one run directory (with its workload catalogue); the JFR pass;
 *                                  the machine-state canary
 *   historydb                      the run history's database (runs in, fork summaries out)
 *   rank                           ranked comparisons and recommendations
 *   targets, chart                 performance targets; figures
 *   doc                            the documents
 *   report, compare, gate,         the commands (never each other)
 *   history, ci
 *   dev.sharebench.reports         Main
 *
 * A new package must be added here (and get a package-info), or the layering rule fails. Plain
 * JUnit tests calling ArchUnit's check(), so that they count, and filter, like every other test.
 */
class ArchitectureTest {

    private static final String BASE = "dev.sharebench.reports";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    /** Package (below BASE; "main" is BASE itself) -> the packages it may use, as its package-info says. */
    private static final Map<String, List<String>> MAY_USE = Map.ofEntries(
            entry("stats", List.of()),
            entry("changepoint", List.of()),
            entry("common", List.of("stats")),
            entry("jmh", List.of("common", "stats")),
            entry("manifest", List.of("common")),
            entry("proof", List.of("common")),
            entry("historydb", List.of("common", "stats", "jmh", "results")),
            entry("results", List.of("common", "jmh", "manifest", "proof")),
            entry("jfr", List.of("common", "jmh")),
            entry("canary", List.of("common", "stats", "jmh")),
            entry("rank", List.of("common", "stats", "jmh", "proof", "results")),
            entry("targets", List.of("common", "stats", "jmh", "results", "rank")),
            entry("load", List.of("common", "stats", "jmh")),
            entry("chart", List.of("common", "stats", "jmh", "proof", "rank", "load")),
            entry("doc", List.of("common", "stats", "jmh", "manifest", "proof", "results", "jfr", "rank", "targets", "chart", "load")),
            entry("compare", List.of("common", "stats", "jmh", "results", "rank")),
            entry("report", List.of("common", "stats", "jmh", "manifest", "proof", "results", "jfr", "canary", "rank", "targets", "chart", "doc", "load")),
            entry("gate", List.of("common", "stats", "jmh", "proof", "canary")),
            entry("history", List.of("common", "stats", "jmh", "historydb", "changepoint", "chart", "doc")),
            entry("ci", List.of("common")),
            entry("main", List.of("common", "report", "compare", "gate", "history", "ci")));

    @Test
    void noPackageCycles() {
        slices().matching(BASE + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String p : MAY_USE.keySet()) {
            layers = layers.layer(p).definedBy(p.equals("main") ? BASE : BASE + "." + p + "..");
        }
        for (var e : MAY_USE.entrySet()) {
            layers = e.getValue().isEmpty() ? layers.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        layers.ensureAllClassesAreContainedInArchitecture().check(CLASSES);
    }
}
