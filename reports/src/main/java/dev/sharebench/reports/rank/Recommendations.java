package dev.sharebench.reports.rank;

import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.proof.ProofRecord;
import dev.sharebench.reports.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The recommendations table: per job, the fastest mechanism whose proofs hold, the runner-up, their
 * ratio with CI, and the pitfall to avoid. The job is read off its workload's headline comparison
 * (the one with the most mechanisms; among equals, the most threads). A proof record speaks only for
 * the aliases it ran (its {@code aliases}), and for each of them by the verdict the record gives that
 * alias in each setup it ran ({@link ProofRecord#verdictsOf}; judged in core, read here): the proof
 * column cites a record only when it ran the mechanism in the setup of the headline row being
 * recommended (P31 run with {@code waitStrategy=park} is no evidence for a {@code waitStrategy=spin}
 * row), and a mechanism is excluded when a guarding record ran it and it failed there in any setup,
 * or when it is a broken pattern whose broken record ran it and reproduced it.
 */
public final class Recommendations {

    /** One row of the table; strings are ready to print. */
    public record Recommendation(String job, String jobTitle, String workload, String comparisonAnchor, String comparisonTitle,
                                 String best, String runnerUp, String ratio, String rank, String proofStatus,
                                 String excluded, String pitfall, String use) {
    }

    private Recommendations() {
    }

    public static List<Recommendation> build(JobCatalog catalog, Analysis analysis, Map<String, List<RankedComparison>> workloads,
                                             List<ProofRecord> proofs) {
        List<Recommendation> out = new ArrayList<>();
        for (JobCatalog.Job job : catalog.jobs()) {
            Optional<RankedComparison> headline = job.workloads().stream()
                    .filter(workloads::containsKey)
                    .map(w -> headline(catalog, workloads.get(w)))
                    .flatMap(Optional::stream)
                    .findFirst();
            List<JobCatalog.Guard> guards = catalog.guardsOfJob(job.job());
            String pitfall = pitfall(guards, proofs);
            if (headline.isEmpty()) {
                out.add(new Recommendation(job.job(), job.title(), String.join(" / ", job.workloads()), "", "",
                        "-", "-", "-", "not measured in this run", "-", "-", pitfall, "-"));
                continue;
            }
            RankedComparison c = headline.get();
            Map<String, String> excluded = excluded(guards, proofs);
            // A recommendation needs an interval: 1-fork rows beside 3-fork ones are shown, never picked.
            List<RankedComparison.Row> eligible = RankedComparison.rankable(c.rows()).stream()
                    .filter(r -> Double.isFinite(r.median().value()) && !excluded.containsKey(r.label())).toList();
            String excludedText = excluded.isEmpty() ? "none" : excluded.entrySet().stream()
                    .filter(e -> c.rows().stream().anyMatch(r -> r.label().equals(e.getKey())))
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").reduce((a, b) -> a + "; " + b).orElse("none");
            String best = eligible.isEmpty() ? "-" : eligible.get(0).label();
            String runner = eligible.size() < 2 ? "-" : eligible.get(1).label();
            String ratio = "-";
            String rank = eligible.size() < 2 ? "only one eligible mechanism" : "";
            if (eligible.size() >= 2) {
                // Ratio of the runner-up against the best ELIGIBLE row (computed afresh when an
                // excluded mechanism was the overall fastest), in the comparison's direction.
                Estimate r = analysis.timesSlower(c, eligible.get(0), eligible.get(1));
                ratio = Format.ratio(r) + " slower";
                rank = r.hasInterval() ? (r.lower() <= 1.0 ? Analysis.TIE + ": the CI reaches 1, cannot rank these two" : "best is faster (CI excludes 1)")
                        : (r.note().isEmpty() ? Analysis.ONE_FORK : r.note());
            }
            out.add(new Recommendation(job.job(), job.title(), c.workload(), c.anchor(), c.title(), best, runner, ratio, rank,
                    best.equals("-") ? "-" : proofStatus(best, c.fixedParams(), guards, proofs), excludedText, pitfall,
                    use(analysis, c, eligible)));
        }
        return out;
    }

    /*
     * What the "use" column says: the best eligible mechanism, or, when the intervals cannot separate it
     * from others, every eligible mechanism they tie with ("long-adder / thread-local (tied)"): a tie is
     * not a winner, and the pick would flip between runs.
     */
    private static String use(Analysis analysis, RankedComparison c, List<RankedComparison.Row> eligible) {
        if (eligible.isEmpty()) {
            return "-";
        }
        RankedComparison.Row best = eligible.getFirst();
        List<String> tied = new ArrayList<>(List.of(best.label()));
        for (RankedComparison.Row r : eligible.subList(1, eligible.size())) {
            Estimate e = analysis.timesSlower(c, best, r);
            if (e.hasInterval() && e.lower() <= 1.0) {
                tied.add(r.label());
            }
        }
        return tied.size() == 1 ? best.label() : String.join(" / ", tied) + " (tied)";
    }

    /**
     * The comparison a job is judged on: the workload's headline in the run's catalogue (its method
     * and parameter values, so a demonstration such as false sharing never stands for the job), then
     * most mechanisms, then most threads, then the first.
     */
    public static Optional<RankedComparison> headline(JobCatalog catalog, List<RankedComparison> comparisons) {
        if (comparisons.isEmpty()) {
            return Optional.empty();
        }
        String workload = comparisons.getFirst().workload();
        Optional<String> method = catalog.headlineMethod(workload);
        Map<String, List<String>> params = catalog.headlineParams(workload);
        return comparisons.stream().max(Comparator
                .comparing((RankedComparison c) -> method.map(m -> m.equals(c.method())).orElse(false))
                .thenComparing((RankedComparison c) -> params.entrySet().stream()
                        .allMatch(e -> c.fixedParams().containsKey(e.getKey()) && e.getValue().contains(c.fixedParams().get(e.getKey()))))
                .thenComparingInt((RankedComparison c) -> c.rows().size())
                .thenComparingInt(c -> intParam(c, "threads"))
                .thenComparing(c -> -comparisons.indexOf(c)));
    }

    private static int intParam(RankedComparison c, String name) {
        String v = c.fixedParams().get(name);
        return v != null && v.matches("\\d{1,9}") ? Integer.parseInt(v) : 0;
    }

    /** alias -> reason it is excluded (a failure in any setup the record ran it in excludes it). */
    static Map<String, String> excluded(List<JobCatalog.Guard> guards, List<ProofRecord> proofs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JobCatalog.Guard g : guards) {
            for (ProofRecord p : proofs) {
                if (!p.id().equals(g.proof())) {
                    continue;
                }
                if (!p.broken()) {
                    for (String a : g.guards()) {
                        p.verdictsOf(a).stream().filter(v -> List.of("fix failed", "error").contains(v.verdict())).findFirst()
                                .ifPresent(v -> out.putIfAbsent(a, v.cite(p.id())));
                    }
                } else {
                    g.brokenAliases().stream().filter(a -> p.verdictsOf(a).stream().anyMatch(v -> "reproduced".equals(v.verdict())))
                            .forEach(a -> out.putIfAbsent(a, p.id() + " broken pattern reproduced"));
                }
            }
        }
        return out;
    }

    /*
     * The proof column: every fixed record of a guarding proof that RAN the alias in the setup of the
     * headline row ({@code fixedParams}), with the alias's verdict there. A record that did not run it,
     * or ran it only in other setups, is no evidence for this row, whatever its verdict, so it is not cited.
     */
    static String proofStatus(String alias, Map<String, String> fixedParams, List<JobCatalog.Guard> guards, List<ProofRecord> proofs) {
        List<JobCatalog.Guard> guarding = guards.stream().filter(g -> g.guards().contains(alias)).toList();
        if (guarding.isEmpty()) {
            return "no proof guards it";
        }
        Set<String> parts = new LinkedHashSet<>();
        Set<String> otherSetups = new LinkedHashSet<>();
        for (JobCatalog.Guard g : guarding) {
            for (ProofRecord p : proofs.stream().filter(p -> p.id().equals(g.proof()) && !p.broken()).toList()) {
                p.verdictsFor(alias, fixedParams).forEach(v -> parts.add(v.cite(p.id())));
                p.verdictsOf(alias).stream().filter(v -> !v.matches(fixedParams)).forEach(v -> otherSetups.add(p.id() + " " + v.setup()));
            }
        }
        if (!parts.isEmpty()) {
            return String.join(", ", parts);
        }
        return otherSetups.isEmpty() ? "no proof record of this run ran it"
                : "no proof record of this run ran it as this row measured it (ran: " + String.join("; ", otherSetups) + ")";
    }

    static String pitfall(List<JobCatalog.Guard> guards, List<ProofRecord> proofs) {
        Set<String> parts = new LinkedHashSet<>();
        for (JobCatalog.Guard g : guards) {
            proofs.stream().filter(p -> p.id().equals(g.proof()) && p.broken()).findFirst()
                    .ifPresent(p -> parts.add(p.id() + " " + p.title() + ": " + p.pitfall() + " (" + p.verdict() + ")"));
        }
        if (parts.isEmpty()) {
            String ids = guards.stream().map(JobCatalog.Guard::proof).distinct().reduce((a, b) -> a + ", " + b).orElse("none");
            return "no proof record for this job in this run (its proofs: " + ids + ")";
        }
        return String.join("; ", parts);
    }
}
