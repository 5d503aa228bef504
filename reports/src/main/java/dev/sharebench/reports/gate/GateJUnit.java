package dev.sharebench.reports.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JUnit XML so CI systems show the gate natively: one testcase per benchmark; FAIL is a
 * {@code <failure>}, insufficient data and one-sided benchmarks are {@code <skipped>} with the
 * reason (visible, not silent), INCONCLUSIVE passes with its numbers in system-out.
 */
public final class GateJUnit {

    private GateJUnit() {
    }

    public static String render(GateResult r) {
        long skipped = r.count(Verdict.INSUFFICIENT_DATA) + r.onlyBaseline().size() + r.onlyCandidate().size();
        int tests = r.judgements().size() + r.onlyBaseline().size() + r.onlyCandidate().size();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuite name=\"sharebench-gate\" tests=\"").append(tests).append("\" failures=\"")
                .append(r.count(Verdict.FAIL)).append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        for (BenchmarkJudgement c : r.judgements()) {
            sb.append("  <testcase classname=\"").append(esc(className(c.key()))).append("\" name=\"").append(esc(c.key())).append("\">\n");
            String detail = c.verdict().label() + ": " + c.reason();
            switch (c.verdict()) {
                case FAIL -> sb.append("    <failure message=\"").append(esc(detail)).append("\" type=\"PerformanceRegression\"/>\n");
                case INSUFFICIENT_DATA -> sb.append("    <skipped message=\"").append(esc(detail)).append("\"/>\n");
                default -> { }
            }
            sb.append("    <system-out>").append(esc(detail)).append("</system-out>\n");
            sb.append("  </testcase>\n");
        }
        oneSide(sb, r.onlyBaseline(), "present in the baseline only: not compared");
        oneSide(sb, r.onlyCandidate(), "present in the candidate only: not compared");
        return sb.append("</testsuite>\n").toString();
    }

    public static void write(GateResult r, Path file) throws IOException {
        Files.writeString(file, render(r));
    }

    private static void oneSide(StringBuilder sb, List<String> keys, String why) {
        for (String k : keys) {
            sb.append("  <testcase classname=\"").append(esc(className(k))).append("\" name=\"").append(esc(k)).append("\">\n")
                    .append("    <skipped message=\"").append(esc(why)).append("\"/>\n  </testcase>\n");
        }
    }

    /** The benchmark's class, e.g. dev.sharebench.jmh.gate.GateCalibrationBench, for CI grouping. */
    static String className(String key) {
        String name = key.split(" ", 2)[0];
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }
}
