package dev.sharebench.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * core's package layering (see the base package-info): no cycles between its packages, and each
 * layer depends only on the layers below it. A mechanism's implementation sees only the base, the
 * contracts and the leaf packages, never another family, the factories or anything above them; the
 * factories never see the proofs or the commands. Checked on the compiled main classes (plain
 * JUnit tests around ArchUnit's rules, so that any test filter runs all of them).
 */
class ArchitectureTest {

    private static final JavaClasses CORE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sharebench.core");

    private static final String CORE = "dev.sharebench.core.";
    /** The implementation families: they may not depend on one another. */
    private static final List<String> FAMILIES = List.of("lock", "queue", "threadlocal", "offheap", "map", "floor", "mmap", "manager", "pipe");

    static final ArchRule NO_CYCLES = slices().matching("dev.sharebench.core.(*)..").should().beFreeOfCycles();

    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Base").definedBy("dev.sharebench.core")
            .layer("Wait").definedBy(CORE + "wait..")
            .layer("NativeOs").definedBy(CORE + "nativeos..")
            .layer("Socket").definedBy(CORE + "socket..")
            .layer("Wire").definedBy(CORE + "wire..")
            .layer("Process").definedBy(CORE + "process..")
            .layer("Contract").definedBy(CORE + "contract..")
            .layer("Implementations").definedBy(FAMILIES.stream().map(f -> CORE + f + "..").toArray(String[]::new))
            .layer("Workload").definedBy(CORE + "workload..")
            .layer("Load").definedBy(CORE + "load..")
            .optionalLayer("Catalog").definedBy(CORE + "catalog..")
            .layer("Proof").definedBy(CORE + "proof")
            .layer("ProofCases").definedBy(CORE + "proof.cases..")
            .layer("Cli").definedBy(CORE + "cli..")
            .whereLayer("Base").mayNotAccessAnyLayer()
            .whereLayer("Wait").mayNotAccessAnyLayer()
            .whereLayer("NativeOs").mayNotAccessAnyLayer()
            .whereLayer("Socket").mayNotAccessAnyLayer()
            .whereLayer("Wire").mayNotAccessAnyLayer()
            .whereLayer("Process").mayOnlyAccessLayers("NativeOs")
            .whereLayer("Contract").mayOnlyAccessLayers("Base", "Wait")
            .whereLayer("Implementations").mayOnlyAccessLayers("Base", "Contract", "Wait", "NativeOs", "Socket", "Wire", "Process")
            .whereLayer("Workload").mayOnlyAccessLayers("Base", "Contract", "Implementations", "Wait", "NativeOs", "Socket", "Wire", "Process")
            .whereLayer("Load").mayOnlyAccessLayers("Base", "Contract", "Wait", "NativeOs", "Process")
            .whereLayer("Catalog").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Proof").mayOnlyBeAccessedByLayers("ProofCases", "Cli")
            .whereLayer("ProofCases").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer();

    @Test
    void noCyclesBetweenPackages() {
        NO_CYCLES.check(CORE_CLASSES);
    }

    @Test
    void eachLayerDependsOnlyOnLowerOnes() {
        LAYERS.check(CORE_CLASSES);
    }

    /* One implementation family never uses another: what two families share belongs lower down. */
    @Test
    void familiesDoNotDependOnEachOther() {
        for (String family : FAMILIES) {
            String[] others = FAMILIES.stream().filter(f -> !f.equals(family)).map(f -> CORE + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(CORE + family + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("the " + family + " family may use only the base, the contracts and the leaf packages")
                    .check(CORE_CLASSES);
        }
    }
}
