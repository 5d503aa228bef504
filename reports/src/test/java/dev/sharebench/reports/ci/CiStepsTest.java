package dev.sharebench.reports.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * `reports ci-steps`: the real workflow becomes a script that runs its run: steps in order; and a
 * small workflow, run for real with bash, behaves as a runner would (a failing step stops the
 * next ones, `if: always()` still runs, the job fails with the first failing step's code, env and
 * overrides reach the steps). What cannot run locally is refused with the step named.
 */
class CiStepsTest {

    private static final Path WORKFLOW = Path.of("..", ".github", "workflows", "perf-gate.yml");

    @TempDir(factory = TempDirs.class)
    Path dir;

    @Test
    void theGateWorkflowRunsItsScriptsInOrder() {
        CommandRunner r = CommandRunner.run("ci-steps", WORKFLOW.toString(), "--job", "gate", "--set", "GATE_ARGS=--forks 5");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String s = r.out();
        int build = s.indexOf("'pr/scripts/ci/build-step.sh base pr'");
        int proofs = s.indexOf("'pr/scripts/ci/proofs-step.sh'");
        int gate = s.indexOf("'pr/scripts/ci/gate-step.sh base/jmh/target/benchmarks.jar pr/jmh/target/benchmarks.jar'");
        assertTrue(build > 0 && proofs > build && gate > proofs, s);
        assertTrue(s.contains("skip step 1: Check out the pull request (uses: actions/checkout@v4"), s);
        assertTrue(s.contains("skip step 7: Upload the gate directory (uses: actions/upload-artifact@v4"), s);
        assertTrue(s.contains("export GATE_ARGS='--forks 5'") && s.contains("export GATE_OUT='gate-results'"), s);
    }

    @Test
    void aSmallJobRunsAsARunnerWould() throws Exception {
        Path wf = dir.resolve("wf.yml");
        Files.writeString(wf, """
                on: push
                jobs:
                  j:
                    runs-on: ubuntu-latest
                    env:
                      GREETING: hello
                      FROM_INPUT: ${{ inputs.x }}
                    steps:
                      - uses: actions/checkout@v4
                      - name: first
                        run: echo "$GREETING $FROM_INPUT" > out.txt
                      - name: fails
                        run: |
                          echo failing
                          exit 3
                      - name: skipped after the failure
                        run: echo should-not-run >> out.txt
                      - name: always
                        if: always()
                        env:
                          LAST: it's last
                        run: echo "$LAST" >> out.txt
                """);
        CommandRunner r = CommandRunner.run("ci-steps", wf.toString(), "--job", "j", "--set", "FROM_INPUT=world");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        Path script = dir.resolve("job.sh");
        Files.writeString(script, r.out());
        Process p = new ProcessBuilder("bash", script.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), log);
        assertEquals("hello world\nit's last\n", Files.readString(dir.resolve("out.txt")), log);
        assertTrue(log.contains("skip step 4: skipped after the failure (a previous step failed)") && log.contains("failure (exit 3)"), log);
    }

    @Test
    void whatCannotRunLocallyIsRefused() throws Exception {
        Path wf = dir.resolve("bad.yml");
        Files.writeString(wf, "on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - name: injected\n        run: echo ${{ github.event.pull_request.title }}\n");
        CommandRunner r = CommandRunner.run("ci-steps", wf.toString(), "--job", "j");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("step 1: injected") && r.err().contains("expression"), r.err());

        Files.writeString(wf, "on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - name: odd\n        if: cancelled()\n        run: echo\n");
        r = CommandRunner.run("ci-steps", wf.toString(), "--job", "j");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("cancelled()"), r.err());

        r = CommandRunner.run("ci-steps", wf.toString(), "--job", "nope");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertFalse(r.err().isBlank());
    }

    /* A --set that names no env variable would change nothing: refused, with the names that exist. */
    @Test
    void aSetOfAnUnknownVariableIsRefusedWithTheValidNames() {
        CommandRunner r = CommandRunner.run("ci-steps", WORKFLOW.toString(), "--job", "gate", "--set", "GATE_ARGZ=--forks 5");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("--set GATE_ARGZ: job gate has no env variable of that name"), r.err());
        assertTrue(r.err().contains("valid: ") && r.err().contains("GATE_ARGS") && r.err().contains("GATE_OUT"), r.err());

        CommandRunner noValue = CommandRunner.run("ci-steps", WORKFLOW.toString(), "--job", "gate", "--set", "UNKNOWN");
        assertEquals(ExitCode.BAD_INPUT, noValue.exit());
        assertTrue(noValue.err().contains("--set"), noValue.err());
    }
}
