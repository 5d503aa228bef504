package dev.sharebench.reports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.HistoryFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/*
 * The history end to end, through the real command line, against any database: 12 commits
 * measured on two machines. Machine A slows down by 10% at commit c06; machine B runs 50% slower
 * than A throughout, flat. `show` must find exactly one change point, on A, between c05 and c06,
 * of about +10%; B must have none (mixing the machines would see B's level as shifts). Each run's
 * kernel patch level differs, which must not split a machine. Adding a run twice stores it once.
 */
final class HistoryFlow {

    private HistoryFlow() {
    }

    static void check(Path dir, String db) throws Exception {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String commit = String.format("c%02d", i);
            runs.add(HistoryFixtures.run(dir, i, commit, "CPU A", HistoryFixtures.forks(i, 5, i < 6 ? 100 : 110)).toString());
            runs.add(HistoryFixtures.run(dir, i, commit, "CPU B", HistoryFixtures.forks(100 + i, 5, 150)).toString());
        }
        List<String> add = new ArrayList<>(List.of("history", "add", "--db", db));
        add.addAll(runs);
        CommandRunner r = CommandRunner.run(add.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("history: 24 runs"), r.out());

        CommandRunner again = CommandRunner.run("history", "add", "--db", db, runs.getFirst());
        assertEquals(ExitCode.OK, again.exit(), again.err());
        assertTrue(again.out().startsWith("skipped") && again.out().contains("history: 24 runs"), again.out());

        Path out = dir.resolve("show");
        CommandRunner show = CommandRunner.run("history", "show", "--db", db, "--out", out.toString());
        assertEquals(ExitCode.OK, show.exit(), show.err());
        assertTrue(show.out().contains("history: 2 series, 1 change point:"), show.out());

        JsonNode series = JsonMapper.builder().build().readTree(out.resolve("changepoints.json").toFile());
        assertEquals(2, series.size());
        int withShift = 0;
        for (JsonNode s : series) {
            assertEquals(12, s.get("commits").asInt(), "one point per commit: the kernel patch level must not split a machine");
            if (s.get("changePoints").isEmpty()) {
                continue;
            }
            withShift++;
            JsonNode cp = s.get("changePoints").get(0);
            assertEquals("c05", cp.get("lastCommitBefore").asText());
            assertEquals("c06", cp.get("firstCommitAfter").asText());
            assertEquals(1.10, cp.get("ratio").asDouble(), 0.02);
            assertTrue(cp.get("ciLower").asDouble() > 1.05 && cp.get("ciUpper").asDouble() < 1.15, cp.toString());
            assertTrue(cp.get("worse").asBoolean());
        }
        assertEquals(1, withShift);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<code>c05..c06</code></td><td class=\"num worse\">+") && html.contains("CPU A") && html.contains("CPU B"), html);
        assertTrue(html.contains("No change point in 12 commits."), "the flat series says so, counted: " + html);
        try (var charts = Files.list(out.resolve("charts"))) {
            assertEquals(4, charts.filter(p -> size(p) > 1000).count(), "an SVG and a PNG per series");
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
