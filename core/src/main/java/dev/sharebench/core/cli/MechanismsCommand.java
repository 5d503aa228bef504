package dev.sharebench.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sharebench.core.Mechanism;
import dev.sharebench.core.workload.Mechanisms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the mechanism registry, as a table or as JSON (the reports read {@code mechanisms.json}). */
@Command(name = "mechanisms", mixinStandardHelpOptions = true,
        description = "List every mechanism: alias, family, description, classic idea.")
final class MechanismsCommand implements Callable<Integer> {

    @Option(names = "--json", paramLabel = "FILE", description = "Write the registry as JSON to FILE instead of printing a table.")
    Path json;

    @Option(names = "--markdown", description = "Print the README's mechanism table (paste it between its markers).")
    boolean markdown;

    @Override
    public Integer call() throws IOException {
        if (markdown) {
            System.out.print(DocTables.mechanisms());
            return CoreMain.EXIT_OK;
        }
        if (json != null) {
            List<Map<String, Object>> rows = Mechanisms.all().stream().map(MechanismsCommand::row).toList();
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), rows);
            return CoreMain.EXIT_OK;
        }
        for (Mechanism m : Mechanisms.all()) {
            System.out.printf("%-24s %-12s %-40s %s%n", m.alias(), m.family().id(), m.classicIdea(), m.description());
        }
        return CoreMain.EXIT_OK;
    }

    private static Map<String, Object> row(Mechanism m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("alias", m.alias());
        r.put("family", m.family().id());
        r.put("inProcess", m.family().inProcess());
        r.put("description", m.description());
        r.put("classicIdea", m.classicIdea());
        return r;
    }
}
