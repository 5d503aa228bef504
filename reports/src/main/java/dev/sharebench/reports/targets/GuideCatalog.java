package dev.sharebench.reports.targets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.results.RunCatalog;
import dev.sharebench.reports.targets.TargetCatalog.Selector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The classic guides' mechanisms of the run ({@code guides} in its {@code workloads.json}; core's
 * catalogue defines them): one Python case of {@code python-guides.py} and its Java counterparts.
 */
public final class GuideCatalog {

    /** One guide; the Python case ran around the forks of the first counterpart ({@code reference/pairs/<id>.jsonl}). */
    public record Guide(String id, String classic, Selector python, String pythonField, String pythonUnit,
                        List<Counterpart> counterparts) {
    }

    /** JMH runs compared with the guide's Python case; {@code note} says what differs in what they count. */
    public record Counterpart(Selector java, String note) {
    }

    private GuideCatalog() {
    }

    /** The run's guides; none for another project's results or a run from before issue 13. */
    public static List<Guide> of(RunCatalog run) {
        return run.present() ? parse(run.guides()) : List.of();
    }

    /** Parses and validates; a malformed entry is an error naming the guide. */
    static List<Guide> parse(JsonNode guides) {
        List<Guide> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode g : guides) {
            String id = TargetCatalog.require(g, "id", "?");
            if (!ids.add(id)) {
                throw new IllegalArgumentException("guide " + id + ": duplicate id");
            }
            Selector python = TargetCatalog.selector(g.get("python"), id);
            if (python.isBench()) {
                throw new IllegalArgumentException("guide " + id + ": the Python side must be a program case");
            }
            String unit = TargetCatalog.require(g, "pythonUnit", id);
            if (!unit.equals("ns") && !unit.equals("us") && !unit.endsWith("/s")) {
                throw new IllegalArgumentException("guide " + id + ": pythonUnit must be ns, us or a rate (.../s), got " + unit);
            }
            List<Counterpart> counterparts = new ArrayList<>();
            for (JsonNode c : g.path("counterparts")) {
                Selector java = TargetCatalog.selector(c, id);
                if (!java.isBench()) {
                    throw new IllegalArgumentException("guide " + id + ": a counterpart must be a JMH bench");
                }
                counterparts.add(new Counterpart(java, Json.text(c, "note", "")));
            }
            if (counterparts.isEmpty()) {
                throw new IllegalArgumentException("guide " + id + ": no Java counterpart");
            }
            out.add(new Guide(id, TargetCatalog.require(g, "classic", id), python, TargetCatalog.require(g, "pythonField", id), unit,
                    List.copyOf(counterparts)));
        }
        return List.copyOf(out);
    }
}
