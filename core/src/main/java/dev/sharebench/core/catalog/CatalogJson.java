package dev.sharebench.core.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code workloads.json}: the catalogue as a run used it, written into every results directory. The
 * report reads it (and never a benchmark name of its own); a results directory without it is read
 * as another project's JMH results.
 *
 * <pre>{@code
 * { "schema": 1, "profile": "quick",
 *   "jobs": [ {"id": "count", "title": "count events from many threads"}, ... ],
 *   "workloads": [ { "name": "CounterBench", "benchClass": "...", "stage": "inproc", "question": "...",
 *                    "job": "count", "headline": {"method": "contended", "params": {"holdTokens": ["0"]}},
 *                    "baseline": "synchronized", "rankMetric": null, "roundTrip": false,
 *                    "placements": [], "mechanisms": [...], "exclusions": {"alias": "why"},
 *                    "specs": [ {"methods": "contended", "mechanisms": [...], "params": {...}, "forks": 3,
 *                                "timing": {...}, "role": "headline"} ] } ],
 *   "floorWorkload": "FloorBench",
 *   "targets": [ {"id": "T1", "title": "...", "statement": "...", "numerator": {"bench": "FloorBench.roundTrip",
 *                 "params": {...}, "statistic": "median"}, "denominator": {"program": "core-to-core",
 *                 "args": ["--layout", "one-line", ...], "needs": "cc"}, "limit": 1.5, "direction": "<=",
 *                 "context": [ bench selectors shown beside the judged one, not judged (optional) ]} ],
 *   "guides": [ {"id": "G1", "classic": "threading.Lock around a global counter, 1 thread",
 *                "python": {"program": "python-guides.py", "args": [...], "needs": "python3"}, "pythonField": "value",
 *                "pythonUnit": "ns", "counterparts": [ {"bench": "CounterBench.uncontended", "params": {...},
 *                "statistic": "median", "note": ""}, ... ]} ] }
 * }</pre>
 */
public final class CatalogJson {

    /** Bumped when a field changes meaning; readers check it. */
    public static final int SCHEMA = 1;

    private CatalogJson() {
    }

    public static Map<String, Object> document(Profile profile) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("profile", profile.id());
        List<Object> jobs = new ArrayList<>();
        for (Job j : Workloads.JOBS) {
            jobs.add(Map.of("id", j.id(), "title", j.title()));
        }
        doc.put("jobs", jobs);
        List<Object> workloads = new ArrayList<>();
        for (Workload w : Workloads.ALL) {
            workloads.add(workload(w, profile));
        }
        doc.put("workloads", workloads);
        doc.put("floorWorkload", Workloads.FLOOR.name());
        List<Object> targets = new ArrayList<>();
        for (Target t : Targets.ALL) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("title", t.title());
            m.put("statement", t.statement());
            m.put("numerator", selector(t.numerator()));
            m.put("denominator", selector(t.denominator()));
            m.put("limit", t.limit());
            m.put("direction", t.direction());
            if (!t.context().isEmpty()) {
                m.put("context", t.context().stream().map(CatalogJson::selector).toList());
            }
            targets.add(m);
        }
        doc.put("targets", targets);
        List<Object> guides = new ArrayList<>();
        for (Guide g : Guides.ALL) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g.id());
            m.put("classic", g.classic());
            m.put("python", selector(g.python()));
            m.put("pythonField", g.pythonField());
            m.put("pythonUnit", g.pythonUnit());
            List<Object> counterparts = new ArrayList<>();
            for (Guide.Counterpart c : g.counterparts()) {
                Map<String, Object> cm = selector(c.java());
                cm.put("note", c.note());
                counterparts.add(cm);
            }
            m.put("counterparts", counterparts);
            guides.add(m);
        }
        doc.put("guides", guides);
        return doc;
    }

    private static Map<String, Object> selector(Target.Selector s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.bench() != null) {
            m.put("bench", s.bench());
            m.put("params", s.params());
            m.put("statistic", s.statistic());
        } else {
            m.put("program", s.program());
            m.put("args", s.args());
            m.put("needs", s.needs());
        }
        return m;
    }

    public static void write(Path file, Profile profile) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document(profile));
    }

    private static Map<String, Object> workload(Workload w, Profile profile) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", w.name());
        m.put("benchClass", w.benchClass());
        m.put("stage", w.stage().id());
        m.put("question", w.question());
        m.put("job", w.job().orElse(null));
        Map<String, Object> headline = new LinkedHashMap<>();
        headline.put("method", w.headlineMethod());
        headline.put("params", w.headlineParams());
        m.put("headline", headline);
        m.put("baseline", w.baseline().orElse(null));
        m.put("rankMetric", w.rankMetric().orElse(null));
        m.put("roundTrip", w.roundTrip());
        m.put("placements", w.placements());
        m.put("mechanisms", w.mechanisms());
        m.put("exclusions", w.exclusions());
        List<Object> specs = new ArrayList<>();
        for (RunSpec s : w.specs(profile)) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("methods", s.methods());
            sm.put("mechanisms", s.mechanisms());
            sm.put("params", s.params());
            sm.put("forks", s.forks());
            sm.put("timing", s.timing());
            sm.put("role", s.role().id());
            specs.add(sm);
        }
        m.put("specs", specs);
        return m;
    }
}
