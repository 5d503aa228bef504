package dev.sharebench.core.catalog;

import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.Factory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One workload: a question, the benchmark class that answers it, and everything the scripts, the
 * runner, the report and the tests need to know about it. Built with {@link #named(String)}; the
 * whole suite's list lives in {@link Workloads}.
 *
 * @param name           the benchmark class's simple name, also the workload's name everywhere
 * @param benchClass     fully qualified benchmark class (in the jmh module)
 * @param stage          in-process or cross-process
 * @param question       what the workload asks, in one sentence
 * @param job            the recommendations row it answers, if any
 * @param headlineMethod the method (or group) whose comparison is the workload's headline
 * @param headlineParams the other parameter values of the headline (mechanisms vary)
 * @param baseline       the mechanism the report's "vs baseline" column compares with, if any
 * @param rankMetric     a secondary metric to rank by instead of JMH's primary score, if any
 * @param roundTrip      whether results are round trips, read against the hardware floor
 * @param placements     the {@code placement} values the workload supports (cross-process only)
 * @param spaces         method groups and their mechanisms
 * @param exclusions     aliases the factory supports that this workload deliberately leaves out, with why
 * @param exploreParams  per run-all profile, the params of the exploratory sets (absent: the benchmark's defaults)
 * @param waitRules      per run-all profile, what it does with the mechanisms that wait certain ways (leave them out, or explore them otherwise)
 * @param timings        per profile, the fork timing when it differs from the profile's
 * @param explicit       per pass profile (gate, jfr), its explicit parameter sets; per run-all profile, the sets its targets read
 * @param runAllProfiles the run-all profiles that run this workload at all
 * @param gateThresholds gate thresholds that differ from the default
 */
public record Workload(String name, String benchClass, Stage stage, String question, Optional<String> job,
                       String headlineMethod, Map<String, List<String>> headlineParams, Optional<String> baseline,
                       Optional<String> rankMetric, boolean roundTrip, List<String> placements, List<Space> spaces,
                       Map<String, String> exclusions, Map<Profile, Map<String, List<String>>> exploreParams,
                       Map<Profile, List<WaitRule>> waitRules, Map<Profile, Timing> timings,
                       Map<Profile, List<Explicit>> explicit, Set<Profile> runAllProfiles,
                       List<GateThreshold> gateThresholds) {

    /**
     * A gate threshold other than the default 5% for some of this workload's benchmarks.
     *
     * @param keyRegex regex searched in the gate's key after the class name: {@code method [mode] params}
     * @param delta    e.g. {@code 10%}
     * @param why      the reason, printed as a comment in the thresholds the gate reads
     */
    public record GateThreshold(String keyRegex, String delta, String why) {
    }

    /**
     * An explicit parameter set: of a pass profile (gate, jfr; mechanisms empty: the space's), or a
     * set a target reads in a run-all profile (mechanisms named).
     */
    public record Explicit(String methods, List<String> mechanisms, Map<String, List<String>> params, Optional<Timing> timing) {
        public Explicit {
            mechanisms = List.copyOf(mechanisms);
            params = Params.copy(params);
        }
    }

    /**
     * What a run-all profile does with the mechanisms that wait certain ways (as their factory
     * registrations declare): leave them out of the profile (no params: neither headline nor
     * exploratory set), or give their exploratory set its own params instead of the profile's. E.g.
     * RttBench's busy-poll rows only at the headline placement in quick, its spin-then-block rows
     * only in full.
     *
     * @param mechanisms the aliases it applies to (in whichever spaces measure them)
     * @param params     their exploratory params; empty: the profile leaves them out
     * @param why        the reason, for a reader of the catalogue
     */
    public record WaitRule(List<String> mechanisms, Optional<Map<String, List<String>>> params, String why) {
        public WaitRule {
            mechanisms = List.copyOf(mechanisms);
            params = params.map(Params::copy);
            Objects.requireNonNull(why, "why");
        }

        boolean leavesOut() {
            return params.isEmpty();
        }
    }

    public Workload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(benchClass, "benchClass");
        if (!benchClass.endsWith("." + name)) {
            throw new IllegalArgumentException("workload " + name + ": its benchmark class must be named " + name + ", got " + benchClass);
        }
        headlineParams = Params.copy(headlineParams);
        placements = List.copyOf(placements);
        spaces = List.copyOf(spaces);
        exclusions = Map.copyOf(exclusions);
        runAllProfiles = Set.copyOf(runAllProfiles);
        gateThresholds = List.copyOf(gateThresholds);
        if (spaces.isEmpty()) {
            throw new IllegalArgumentException("workload " + name + " has no method space");
        }
        if (spaces.stream().noneMatch(s -> s.covers(headlineMethod))) {
            throw new IllegalArgumentException("workload " + name + ": headline method " + headlineMethod + " is in no space");
        }
        List<Space> all = spaces;
        baseline.ifPresent(b -> {
            if (all.stream().noneMatch(s -> s.mechanisms().contains(b))) {
                throw new IllegalArgumentException("workload " + name + ": baseline " + b + " is in none of its spaces");
            }
        });
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Every mechanism the workload measures, over all its spaces, in a stable order. */
    public List<String> mechanisms() {
        Set<String> all = new LinkedHashSet<>();
        spaces.forEach(s -> all.addAll(s.mechanisms()));
        return List.copyOf(all);
    }

    /** The space of a method. */
    public Space spaceOf(String method) {
        return spaces.stream().filter(s -> s.covers(method)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no method " + method));
    }

    /** The fork timing of this workload in {@code profile}. */
    public Timing timing(Profile profile) {
        return timings.getOrDefault(profile, profile.timing());
    }

    /**
     * The parameter sets this workload runs in {@code profile}, headline first. Run-all profiles: the
     * headline set (without the mechanisms a {@link WaitRule} of the profile names), the sets its
     * targets and guides read ({@link Builder#forTargets}), then, when the profile
     * {@link Profile#exploresAll() explores everything} or the workload names exploratory params for
     * it, each space with those params; the mechanisms of a {@link WaitRule} are left out or explored
     * with the rule's params (the runner skips points an earlier set already covers). Pass profiles
     * (gate, jfr): the explicit sets, possibly none.
     */
    public List<RunSpec> specs(Profile profile) {
        List<RunSpec> out = new ArrayList<>();
        Timing t = timing(profile);
        if (profile.isRunAll() && runAllProfiles.contains(profile)) {
            List<WaitRule> rules = waitRules.getOrDefault(profile, List.of());
            Set<String> ruled = new HashSet<>();
            rules.forEach(r -> ruled.addAll(r.mechanisms()));
            out.add(new RunSpec(name, benchClass, headlineMethod, without(spaceOf(headlineMethod).mechanisms(), ruled),
                    headlineParams, profile.headlineForks(), t, Role.HEADLINE));
            for (Explicit e : explicit.getOrDefault(profile, List.of())) {
                out.add(new RunSpec(name, benchClass, e.methods(), e.mechanisms(), e.params(), profile.exploreForks(),
                        e.timing().orElse(t), Role.TARGET));
            }
            boolean explore = profile.exploresAll() || exploreParams.containsKey(profile);
            Map<String, List<String>> params = exploreParams.getOrDefault(profile, Map.of());
            for (Space s : spaces) {
                List<String> rest = without(s.mechanisms(), ruled);
                if (explore && !rest.isEmpty()) {
                    out.add(new RunSpec(name, benchClass, s.methods(), rest, params, profile.exploreForks(), t, Role.EXPLORATORY));
                }
                for (WaitRule r : rules) {
                    List<String> mine = s.mechanisms().stream().filter(r.mechanisms()::contains).toList();
                    if (!mine.isEmpty() && !r.leavesOut()) {
                        out.add(new RunSpec(name, benchClass, s.methods(), mine, r.params().get(), profile.exploreForks(), t, Role.EXPLORATORY));
                    }
                }
            }
        } else if (!profile.isRunAll()) {
            for (Explicit e : explicit.getOrDefault(profile, List.of())) {
                List<String> mechs = e.mechanisms().isEmpty() ? spaceOf(e.methods()).mechanisms() : e.mechanisms();
                out.add(new RunSpec(name, benchClass, e.methods(), mechs, e.params(), profile.headlineForks(),
                        e.timing().orElse(t), Role.HEADLINE));
            }
        }
        return out;
    }

    private static List<String> without(List<String> mechanisms, Set<String> out) {
        return mechanisms.stream().filter(m -> !out.contains(m)).toList();
    }

    /** Builds a {@link Workload}; see {@link Workloads} for examples. */
    public static final class Builder {
        private final String name;
        private String benchClass;
        private Stage stage = Stage.IN_PROCESS;
        private String question = "";
        private String job;
        private String headlineMethod;
        private Map<String, List<String>> headlineParams = Map.of();
        private String baseline;
        private String rankMetric;
        private boolean roundTrip;
        private final List<String> placements = new ArrayList<>();
        private final List<Space> spaces = new ArrayList<>();
        private final Map<String, String> exclusions = new LinkedHashMap<>();
        private final Map<Profile, Map<String, List<String>>> exploreParams = new EnumMap<>(Profile.class);
        private final Map<Profile, List<WaitRule>> waitRules = new EnumMap<>(Profile.class);
        private final Map<String, Set<WaitStrategy>> waitsOf = new LinkedHashMap<>();
        private final Map<Profile, Timing> timings = new EnumMap<>(Profile.class);
        private final Map<Profile, List<Explicit>> explicit = new EnumMap<>(Profile.class);
        private Set<Profile> runAllProfiles = EnumSet.of(Profile.SMOKE, Profile.QUICK, Profile.FULL);
        private final List<GateThreshold> gateThresholds = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** The benchmark class, by fully qualified name (core cannot see the jmh module; a test checks it exists). */
        public Builder bench(String fqcn) {
            this.benchClass = fqcn;
            return this;
        }

        public Builder crossProcess(String... placements) {
            this.stage = Stage.CROSS_PROCESS;
            this.placements.addAll(List.of(placements));
            return this;
        }

        public Builder question(String question) {
            this.question = question;
            return this;
        }

        public Builder job(Job job) {
            this.job = job.id();
            return this;
        }

        /**
         * A method group and the mechanisms it takes: every alias of {@code factory} (with
         * {@code waits}: every alias that can wait all those ways) minus {@link #exclude}d ones.
         * Aliases come only from factories, so a new registration reaches every workload that uses it.
         */
        public Builder space(String methods, Factory<?, ?> factory, WaitStrategy... waits) {
            List<String> aliases = List.copyOf(waits.length == 0 ? factory.aliases() : factory.aliasesSupporting(waits));
            spaces.add(new Space(methods, factory.contract(), aliases, aliases));
            aliases.forEach(a -> waitsOf.computeIfAbsent(a, k -> EnumSet.noneOf(WaitStrategy.class)).addAll(factory.waits(a)));
            return this;
        }

        /** A benchmark without a mechanism parameter (e.g. the gate's calibration benchmark). */
        public Builder noMechanism(String methods) {
            spaces.add(new Space(methods, "", List.of(), List.of()));
            return this;
        }

        /** Leaves {@code alias} out of every space on purpose, saying why (a test lists these). */
        public Builder exclude(String alias, String reason) {
            exclusions.put(alias, reason);
            return this;
        }

        /** The headline: {@code method} with these other params ("name", "value", ...), every mechanism. */
        public Builder headline(String method, String... params) {
            this.headlineMethod = method;
            this.headlineParams = Params.of(params);
            return this;
        }

        public Builder baseline(String alias) {
            this.baseline = alias;
            return this;
        }

        public Builder rankBy(String secondaryMetric) {
            this.rankMetric = secondaryMetric;
            return this;
        }

        public Builder roundTrip() {
            this.roundTrip = true;
            return this;
        }

        /** The exploratory params of {@code profile} ("name", "value1,value2", ...); default: the benchmark's own. */
        public Builder explore(Profile profile, String... params) {
            exploreParams.put(profile, Params.of(params));
            return this;
        }

        /**
         * In {@code profile}, the exploratory set of the mechanisms that wait one of {@code waits} (as
         * their factory registrations declare) takes these params instead of the profile's; say why.
         * Declare the spaces first: the mechanisms are resolved from them.
         */
        public Builder explore(Profile profile, Set<WaitStrategy> waits, String why, String... params) {
            return waitRule(profile, waits, Optional.of(Params.of(params)), why);
        }

        /**
         * {@code profile} leaves out the mechanisms that wait one of {@code waits} (as their factory
         * registrations declare): no headline, no exploratory set; say why. Declare the spaces first.
         */
        public Builder leaveOut(Profile profile, Set<WaitStrategy> waits, String why) {
            return waitRule(profile, waits, Optional.empty(), why);
        }

        private Builder waitRule(Profile profile, Set<WaitStrategy> waits, Optional<Map<String, List<String>>> params, String why) {
            if (!profile.isRunAll()) {
                throw new IllegalArgumentException(profile.id() + " is not a run-all profile");
            }
            List<String> mechanisms = waitsOf.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(waits::contains)).map(Map.Entry::getKey).toList();
            if (mechanisms.isEmpty()) {
                throw new IllegalArgumentException(name + ": no mechanism of its spaces waits " + waits);
            }
            List<WaitRule> rules = waitRules.computeIfAbsent(profile, p -> new ArrayList<>());
            if (rules.stream().anyMatch(r -> r.mechanisms().stream().anyMatch(mechanisms::contains))) {
                throw new IllegalArgumentException(name + ": two wait rules of " + profile.id() + " share a mechanism");
            }
            rules.add(new WaitRule(mechanisms, params, why));
            return this;
        }

        /** Runs only in these run-all profiles (default: all three). */
        public Builder onlyIn(Profile... profiles) {
            runAllProfiles = EnumSet.noneOf(Profile.class);
            for (Profile p : profiles) {
                if (!p.isRunAll()) {
                    throw new IllegalArgumentException(p.id() + " is not a run-all profile: use pass()");
                }
                runAllProfiles.add(p);
            }
            return this;
        }

        public Builder timing(Profile profile, Timing timing) {
            timings.put(profile, timing);
            return this;
        }

        /** An explicit set of a pass profile (gate, jfr); {@code mechanisms} empty means every one of the space. */
        public Builder pass(Profile profile, String methods, List<String> mechanisms, String... params) {
            return pass(profile, methods, mechanisms, null, params);
        }

        public Builder pass(Profile profile, String methods, List<String> mechanisms, Timing timing, String... params) {
            if (profile.isRunAll()) {
                throw new IllegalArgumentException(profile.id() + " is a run-all profile: use explore()");
            }
            explicit.computeIfAbsent(profile, p -> new ArrayList<>())
                    .add(new Explicit(methods, mechanisms, Params.of(params), Optional.ofNullable(timing)));
            return this;
        }

        /**
         * In these run-all profiles, also run these mechanisms with these params (at each profile's
         * exploratory forks: one in quick, so the ratio stands without an interval there, five in
         * full), because a target or a guide reads them, e.g. the same-CPU placement of the
         * transports the C references measure. The headline cells they read get headline forks.
         */
        public Builder forTargets(Set<Profile> profiles, String methods, List<String> mechanisms, String... params) {
            if (mechanisms.isEmpty()) {
                throw new IllegalArgumentException(name + ": forTargets names the mechanisms a target reads");
            }
            for (Profile profile : profiles) {
                if (!profile.isRunAll()) {
                    throw new IllegalArgumentException(profile.id() + " is a pass profile: use pass()");
                }
                explicit.computeIfAbsent(profile, p -> new ArrayList<>())
                        .add(new Explicit(methods, mechanisms, Params.of(params), Optional.empty()));
            }
            return this;
        }

        /** A gate threshold for the benchmarks whose key (after the class name) matches {@code keyRegex}. */
        public Builder gateThreshold(String keyRegex, String delta, String why) {
            gateThresholds.add(new GateThreshold(keyRegex, delta, why));
            return this;
        }

        public Workload build() {
            List<Space> kept = spaces.stream()
                    .map(s -> new Space(s.methods(), s.contract(), s.supported(),
                            s.supported().stream().filter(a -> !exclusions.containsKey(a)).toList()))
                    .toList();
            return new Workload(name, benchClass, stage, question, Optional.ofNullable(job),
                    Objects.requireNonNull(headlineMethod, name + ": no headline"), headlineParams,
                    Optional.ofNullable(baseline), Optional.ofNullable(rankMetric), roundTrip, placements, kept,
                    exclusions, exploreParams, waitRules, timings, explicit, runAllProfiles, gateThresholds);
        }
    }
}
