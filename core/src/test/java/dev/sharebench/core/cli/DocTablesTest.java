package dev.sharebench.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.Mechanism;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.core.workload.Mechanisms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/*
 * Docs that cannot drift: the README's mechanism table and jmh/README.md's workload index are the
 * registry and the catalogue, rendered. When this fails, paste the output of
 * `java -jar core/target/core.jar mechanisms --markdown` (or `workloads --markdown`) between the markers.
 */
class DocTablesTest {

    @Test
    void readmeMechanismTableIsTheRegistry() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = DocTables.section(readme, "mechanisms");
        assertNotNull(section, "README.md has no " + DocTables.start("mechanisms") + " section");
        assertEquals(DocTables.mechanisms(), section,
                "README.md's mechanism table is out of date: paste `java -jar core/target/core.jar mechanisms --markdown` between its markers");
    }

    @Test
    void jmhReadmeIndexIsTheCatalogue() throws IOException {
        String readme = Files.readString(Path.of("..", "jmh", "README.md"));
        String section = DocTables.section(readme, "workloads");
        assertNotNull(section, "jmh/README.md has no " + DocTables.start("workloads") + " section");
        assertEquals(DocTables.workloads(), section,
                "jmh/README.md's index is out of date: paste `java -jar core/target/core.jar workloads --markdown` between its markers");
    }

    @Test
    void theRenderedTablesNameEveryAliasAndWorkload() {
        String mechanisms = DocTables.mechanisms();
        for (Mechanism m : Mechanisms.all()) {
            assertTrue(mechanisms.contains("`" + m.alias() + "`"), m.alias());
        }
        String workloads = DocTables.workloads();
        Workloads.ALL.forEach(w -> assertTrue(workloads.contains("`" + w.name() + "`"), w.name()));
    }
}
