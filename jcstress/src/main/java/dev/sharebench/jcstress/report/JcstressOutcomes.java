package dev.sharebench.jcstress.report;

import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.StateCase;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.TestGrading;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * Turns one jcstress result (merged over forks and JVM configs) into outcome rows, graded by
 * jcstress's own {@link TestGrading} against the test's {@code @Outcome}s. Declared outcomes that
 * never showed up are listed with count 0, so a Fixed record states "forbidden: 0" explicitly.
 */
final class JcstressOutcomes {

    /* An @Outcome id is a literal unless it uses regex syntax (a catch-all has no literal id). */
    private static final Pattern LITERAL_ID = Pattern.compile("[A-Za-z0-9_, .+-]*");

    /* Id of the row that stands for a catch-all outcome nothing matched. */
    static final String CATCH_ALL_ID = "(other)";

    private JcstressOutcomes() {
    }

    static List<Outcome> of(TestResult merged) {
        List<Outcome> rows = new ArrayList<>();
        TestGrading grading = TestGrading.grade(merged);
        for (GradingResult g : grading.gradingResults.values()) {
            rows.add(new Outcome(g.id, g.count, grade(g.expect), g.description == null ? "Not listed by the test." : g.description));
        }
        Set<String> seen = rows.stream().map(Outcome::id).collect(Collectors.toSet());
        TestInfo info = TestList.getInfo(merged.getName());
        if (info != null) {
            for (StateCase c : info.cases()) {
                String id = c.matchPattern();
                if (LITERAL_ID.matcher(id).matches() && !id.isEmpty() && !seen.contains(id)) {
                    rows.add(new Outcome(id, 0, grade(c.expect()), c.description()));
                }
            }
            // A catch-all @Outcome (no id) that matched nothing: listed as "(other)" with count 0.
            StateCase catchAll = info.unmatched();
            if (catchAll != null && catchAll.expect() != Expect.UNKNOWN
                    && rows.stream().noneMatch(o -> o.count() > 0 && o.desc().equals(catchAll.description()))) {
                rows.add(new Outcome(CATCH_ALL_ID, 0, grade(catchAll.expect()), catchAll.description()));
            }
        }
        return rows;
    }

    static Grade grade(Expect expect) {
        return switch (expect) {
            case ACCEPTABLE -> Grade.ACCEPTABLE;
            case ACCEPTABLE_INTERESTING -> Grade.ACCEPTABLE_INTERESTING;
            case FORBIDDEN -> Grade.FORBIDDEN;
            case UNKNOWN -> Grade.UNKNOWN;
        };
    }
}
