package dev.sharebench.reports.proof;

import dev.sharebench.reports.common.Xml;
import java.util.List;
import java.util.Locale;

/**
 * Proof records as a JUnit XML test suite ({@code proofs-junit.xml}): one test case per variant,
 * judged by {@link ProofTestCase}, so that CI systems list a failed fix like a failing test.
 */
public final class ProofJUnit {

    private ProofJUnit() {
    }

    /** A whole file: the XML declaration and one {@code <testsuite>}. */
    public static String render(List<ProofRecord> records) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + suite(records);
    }

    /** One {@code <testsuite name="sharebench-proofs">} element (the gate nests it beside its own). */
    public static String suite(List<ProofRecord> records) {
        List<ProofTestCase> cases = records.stream().map(ProofTestCase::of).toList();
        long failures = cases.stream().filter(c -> c.status() == ProofTestCase.Status.FAILED).count();
        long errors = cases.stream().filter(c -> c.status() == ProofTestCase.Status.ERROR).count();
        long skipped = cases.stream().filter(c -> c.status() == ProofTestCase.Status.SKIPPED).count();
        double seconds = records.stream().mapToLong(ProofRecord::durationMs).sum() / 1000.0;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<testsuite name=\"sharebench-proofs\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">%n",
                cases.size(), failures, errors, skipped, seconds));
        for (ProofTestCase c : cases) {
            sb.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\">%n",
                    Xml.escape(c.className()), Xml.escape(c.name()), c.record().durationMs() / 1000.0));
            switch (c.status()) {
                case FAILED -> sb.append("    <failure message=\"").append(Xml.escape(c.message())).append("\" type=\"")
                        .append(c.record().broken() ? "NotReproduced" : "FixFailed").append("\"/>\n");
                case SKIPPED -> sb.append("    <skipped message=\"").append(Xml.escape(c.message())).append("\"/>\n");
                case ERROR -> sb.append("    <error message=\"").append(Xml.escape(c.message())).append("\" type=\"ProofError\"/>\n");
                case PASSED -> { }
            }
            sb.append("    <system-out>").append(Xml.escape(c.details())).append("</system-out>\n");
            sb.append("  </testcase>\n");
        }
        return sb.append("</testsuite>\n").toString();
    }
}
