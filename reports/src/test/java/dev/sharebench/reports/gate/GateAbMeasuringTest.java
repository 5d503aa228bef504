package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.FakeJava;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * A/B mode's measuring path, end to end, with a fake "java" (a shell script): -lp lists one
 * benchmark when the regexes name it (none otherwise), every fork writes a one-fork JMH result to the -rff file it is given, at ~100 ns/op
 * (up to 1% fork-to-fork jitter, from the pid), ~130 ns/op for a jar whose name contains "slow"; a jar named
 * "broken" exits 3, one named "silent" exits 0 without a result. The fake logs every call, so the
 * test sees the command lines (one fork per call, the JVM flags, each side's own extra arguments,
 * the taskset prefix) as well as the verdicts, the rerun of a FAIL and who is blamed for a failed fork.
 */
class GateAbMeasuringTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    private FakeJava java;
    private Path sets;

    @BeforeEach
    void fakeJava() throws IOException {
        java = FakeJava.write(dir, """
                case "$*" in
                  *" -lp "*FooBench*) printf 'Benchmarks: \\norg.example.FooBench.run\\n'; exit 0 ;;
                  *" -lp "*) printf 'Benchmarks: \\n'; exit 0 ;;
                esac
                jar=""; rff=""; prev=""
                for a in "$@"; do
                  [ "$prev" = "-jar" ] && jar="$a"
                  [ "$prev" = "-rff" ] && rff="$a"
                  prev="$a"
                done
                case "$jar" in
                  *broken*) echo "fake java: the benchmark crashed"; exit 3 ;;
                  *silent*) exit 0 ;;
                  *slow*) base=130 ;;
                  *) base=100 ;;
                esac
                v=$(printf '%d.%02d' "$base" "$(( $$ % 100 ))")
                printf '[{"jmhVersion":"1.37","benchmark":"org.example.FooBench.run","mode":"avgt","threads":1,"forks":1,"jdkVersion":"25","vmName":"fake","jvmArgs":[],"params":{},"primaryMetric":{"score":%s,"scoreError":"NaN","scoreConfidence":["NaN","NaN"],"scorePercentiles":{},"scoreUnit":"ns/op","rawData":[[%s,%s,%s]]},"secondaryMetrics":{}}]' "$v" "$v" "$v" "$v" > "$rff"
                """);
        sets = Files.writeString(dir.resolve("sets.tsv"), "Foo\tFooBench.run -wi 1\n");
    }

    private Path jar(String name) throws IOException {
        return Files.writeString(dir.resolve(name + ".jar"), "not a jar: the fake java never opens it");
    }

    private CommandRunner gateAb(String baseline, String candidate, String out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("gate-ab", "--baseline-jar", jar(baseline).toString(), "--candidate-jar",
                jar(candidate).toString(), "--sets", sets.toString(), "--java", java.binary().toString(), "--forks", "6", "--seed", "7",
                "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return CommandRunner.run(args.toArray(String[]::new));
    }

    private List<String> forkCalls() throws IOException {
        return java.logged().stream().filter(l -> !l.contains(" -lp ")).toList();
    }

    private static long files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void twoEqualBuildsPassWithOneForkPerCallInterleaved() throws Exception {
        CommandRunner r = gateAb("base", "cand", "same", "--jvm-flags", " -Xss2m  -Dsuite=1 ", "--candidate-jvm-args", "-Dcand=1");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        Path out = dir.resolve("same");
        assertTrue(Files.readString(out.resolve("gate.md")).startsWith("## Performance gate: PASS"), Files.readString(out.resolve("gate.md")));
        assertEquals(6, files(out.resolve("runs/baseline")));
        assertEquals(6, files(out.resolve("runs/candidate")));
        assertTrue(Files.isRegularFile(out.resolve("runs/candidate/Foo-r006.json")));
        assertTrue(Files.readString(out.resolve("baseline.json")).contains("org.example.FooBench.run"), "the merged side");

        List<String> forks = forkCalls();
        assertEquals(12, forks.size(), "6 rounds, one fork per side: " + forks);
        for (String f : forks) {
            assertTrue(f.startsWith("-Xss2m -Dsuite=1 -jar "), f);
            assertTrue(f.contains(" FooBench.run -wi 1 -f 1 -foe true -jvmArgsPrepend -Xss2m -Dsuite=1 -rf json -rff "), f);
            assertEquals(f.contains("cand.jar"), f.endsWith(" -jvmArgsAppend -Dcand=1"), "only the candidate's forks get its arguments: " + f);
        }
        for (int round = 0; round < 6; round++) {
            List<String> pair = forks.subList(2 * round, 2 * round + 2);
            assertTrue(pair.stream().anyMatch(f -> f.contains("base.jar")) && pair.stream().anyMatch(f -> f.contains("cand.jar")),
                    "each round runs both sides: " + pair);
        }
        String log = Files.readString(out.resolve("gate.log"));
        assertTrue(log.contains("forks/side=6 seed=7 cpus=os"), log);
        assertTrue(log.contains("baseline fork args: (none); candidate fork args: -Dcand=1; canary: none (no --canary-jar)"), log);
        assertTrue(log.contains("  1 benchmark point(s) on both sides\n"), log);
        assertTrue(log.contains("round 1/3: ") && log.contains("rounds 1-3 done") && log.contains("round 6/6: ") && log.contains("rounds 4-6 done"), log);
        assertFalse(log.contains("rerun:"), log);
    }

    @Test
    void aSlowerCandidateFailsAndAFailingSetGetsItsRerunRounds() throws Exception {
        CommandRunner r = gateAb("base", "slow", "slow", "--rerun-forks", "2", "--cpus", "0", "--baseline-jvm-args", "-Dbase=1");
        assertEquals(ExitCode.FAIL, r.exit(), r.err());
        Path out = dir.resolve("slow");
        String md = Files.readString(out.resolve("gate.md"));
        assertTrue(md.startsWith("## Performance gate: REGRESSION"), md);
        String before = Files.readString(out.resolve("gate-before-rerun.md"));
        assertTrue(before.startsWith("## Performance gate: REGRESSION") && before.contains(" | 6/6 |\n"), before);
        assertEquals(8, files(out.resolve("runs/candidate")), "6 forks and 2 rerun rounds");
        assertTrue(md.contains(" | 8/8 |\n"), "the final gate judges all 8 forks a side: " + md);
        String log = Files.readString(out.resolve("gate.log"));
        assertTrue(log.contains("rerun: 1 set(s) with a FAIL get 2 more round(s) before the final verdict: Foo"), log);
        assertTrue(log.contains("round 8/8: ") && log.contains("rounds 7-8 done"), log);
        assertTrue(log.contains("cpus=0") && log.contains("baseline fork args: -Dbase=1; candidate fork args: (none)"), log);
        assertEquals(16, forkCalls().size());
        assertTrue(java.logged().stream().noneMatch(l -> l.startsWith("-c 0")), "taskset runs the fake, which sees its own args");
    }

    @Test
    void noRerunWithoutAFailOrWithoutRerunForks() throws Exception {
        CommandRunner pass = gateAb("base", "cand", "pass", "--rerun-forks", "2");
        assertEquals(ExitCode.OK, pass.exit(), pass.err());
        assertFalse(Files.exists(dir.resolve("pass/gate-before-rerun.md")));
        CommandRunner fail = gateAb("base", "slow", "fail");
        assertTrue(Files.readString(dir.resolve("fail/gate.md")).contains(" | 6/6 |\n"), "judged at 6 forks");
        assertEquals(ExitCode.FAIL, fail.exit(), fail.err());
        assertFalse(Files.exists(dir.resolve("fail/gate-before-rerun.md")));
        assertEquals(12 + 12, forkCalls().size(), "no extra round in either run");
    }

    @Test
    void aForkThatFailsBlamesItsSide() throws Exception {
        CommandRunner cand = gateAb("base", "broken", "cand-broken");
        assertEquals(ExitCode.FAIL, cand.exit(), "a candidate that cannot run fails the gate: " + cand.err());
        assertTrue(cand.err().contains("error: the CANDIDATE failed to run Foo (exit 3; log: "), cand.err());
        assertTrue(cand.err().contains("fake java: the benchmark crashed"), "the log's tail is shown: " + cand.err());
        CommandRunner base = gateAb("silent", "cand", "base-silent");
        assertEquals(ExitCode.BAD_INPUT, base.exit(), base.err());
        assertTrue(base.err().contains("error: the BASELINE failed to run Foo (exit 0; log: "), base.err());
    }

    @Test
    void aSetMatchingNothingIsRefusedOrSkippedWithAllowMissing() throws Exception {
        sets = Files.writeString(dir.resolve("two.tsv"), "Foo\tFooBench.run\nBar\tBarBench.run\n");
        CommandRunner refused = gateAb("base", "cand", "refused");
        assertEquals(ExitCode.BAD_INPUT, refused.exit());
        assertTrue(refused.err().contains("error: 2 parameter set(s) match no benchmark (listed above); fix them or pass --allow-missing"),
                refused.err());
        assertTrue(refused.err().contains("  MISSING: Bar (baseline: 'BarBench.run' matches no benchmark in "), refused.err());
        assertEquals(List.of(), forkCalls(), "nothing measured");

        CommandRunner skipped = gateAb("base", "cand", "skipped", "--allow-missing");
        assertEquals(ExitCode.OK, skipped.exit(), skipped.err());
        assertEquals(2, Files.readAllLines(dir.resolve("skipped/missing-profiles.txt")).size());
        assertTrue(Files.readString(dir.resolve("skipped/gate.md")).contains("Bar"), "gate.md lists the skipped set");
        assertTrue(forkCalls().stream().allMatch(f -> f.contains(" FooBench.run -f 1 ")), "only Foo runs");

        sets = Files.writeString(dir.resolve("none.tsv"), "Bar\tBarBench.run\n");
        CommandRunner none = gateAb("base", "cand", "none", "--allow-missing");
        assertEquals(ExitCode.BAD_INPUT, none.exit());
        assertTrue(none.err().contains("error: no parameter set matches any benchmark: nothing to measure"), none.err());
    }
}
