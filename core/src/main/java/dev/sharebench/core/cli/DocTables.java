package dev.sharebench.core.cli;

import dev.sharebench.core.Family;
import dev.sharebench.core.Mechanism;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.core.workload.Mechanisms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Markdown tables the documentation shows, rendered from the registry and the catalogue, so the
 * README's mechanism table and jmh/README.md's workload index cannot drift: tests compare the files'
 * marked sections with these, and `core.jar mechanisms --markdown` / `core.jar workloads --markdown`
 * print them to paste.
 */
public final class DocTables {

    /** Markers around a generated section: {@code <!-- NAME:start -->} ... {@code <!-- NAME:end -->}. */
    public static String start(String name) {
        return "<!-- " + name + ":start (generated: do not edit by hand) -->";
    }

    public static String end(String name) {
        return "<!-- " + name + ":end -->";
    }

    private DocTables() {
    }

    /** One row per family, in the registry's order: its aliases and the classic ideas they stand for. */
    public static String mechanisms() {
        List<String> lines = new ArrayList<>();
        lines.add("| family | mechanisms (aliases) | the classic idea |");
        lines.add("| --- | --- | --- |");
        for (Family f : Family.values()) {
            List<Mechanism> ms = Mechanisms.ofFamily(f);
            if (ms.isEmpty()) {
                continue;
            }
            Set<String> ideas = new LinkedHashSet<>();
            ms.forEach(m -> ideas.add(m.classicIdea()));
            lines.add("| " + (f.inProcess() ? "in-process" : "cross-process") + ": " + f.id() + " | "
                    + ms.stream().map(m -> "`" + m.alias() + "`").collect(Collectors.joining(", ")) + " | "
                    + String.join("; ", ideas) + " |");
        }
        return String.join("\n", lines) + "\n";
    }

    /** The workload index: question -> benchmark -> headline method, per stage, in catalogue order. */
    public static String workloads() {
        List<String> lines = new ArrayList<>();
        lines.add("| question | benchmark | headline | job | stage |");
        lines.add("| --- | --- | --- | --- | --- |");
        for (Workload w : Workloads.ALL) {
            String headline = "`" + w.headlineMethod() + "`" + w.headlineParams().entrySet().stream()
                    .map(e -> " " + e.getKey() + "=" + String.join(",", e.getValue())).collect(Collectors.joining());
            String path = w.benchClass().substring("dev.sharebench.jmh.".length()).replace('.', '/');
            lines.add("| " + w.question() + " | [`" + w.name() + "`](src/main/java/dev/sharebench/jmh/" + path + ".java) | "
                    + headline + " | " + w.job().orElse("-") + " | " + w.stage().id() + " |");
        }
        return String.join("\n", lines) + "\n";
    }

    /** The section of {@code text} between the markers of {@code name}, or null when a marker is missing. */
    public static String section(String text, String name) {
        int a = text.indexOf(start(name));
        int b = text.indexOf(end(name));
        if (a < 0 || b < a) {
            return null;
        }
        return text.substring(a + start(name).length(), b).strip() + "\n";
    }
}
