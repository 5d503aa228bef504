package dev.sharebench.core.proof;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one record says about one alias it ran, in one setup: THE rule that judges an alias inside a
 * record, used by proof-coverage and written into every record ({@code "aliasVerdicts"}) for the
 * report, which reads it and never judges again.
 *
 * <p>The rule: a record that is an {@code error}, or that counts nothing of the alias on its own (no
 * outcome id names it: the jcstress idioms, P15, P16, ...), says its own verdict about every alias it
 * ran. A record that counts the alias on its own ({@link RunSubject outcome ids} {@code "<alias>: ..."}
 * or {@code "<alias> [setup]: ..."}, as the checks P30-P35 and P13, P14, P18 do) judges each of the
 * alias's subjects on that subject's outcomes alone, by {@link Judgement}'s rule set for the whole
 * record: in Fixed, {@code fix failed} iff one of its FORBIDDEN outcomes was seen; in Broken,
 * {@code reproduced} iff one of its ACCEPTABLE_INTERESTING outcomes was seen (a FORBIDDEN outcome
 * does not decide a Broken verdict, as for a whole record); a subject with no trials, or with an
 * UNKNOWN outcome seen, is an {@code error}. One alias's failure never fails its neighbours.
 *
 * @param alias   the registered alias
 * @param params  the setup it ran with (empty: its one way, or the record did not say)
 * @param verdict the record's verdict about it
 */
@JsonPropertyOrder({"alias", "params", "verdict"})
public record AliasVerdict(String alias, Map<String, String> params, Verdict verdict) {

    public AliasVerdict {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Every alias of {@code aliases} (the ones the record ran), per setup, judged by the rule above. */
    public static List<AliasVerdict> of(Variant variant, Verdict recordVerdict, List<Outcome> outcomes, List<String> aliases) {
        List<AliasVerdict> out = new ArrayList<>();
        for (String alias : aliases) {
            Set<RunSubject> subjects = new LinkedHashSet<>();
            outcomes.forEach(o -> RunSubject.ofOutcome(o.id()).filter(s -> s.alias().equals(alias)).ifPresent(subjects::add));
            if (subjects.isEmpty() || recordVerdict == Verdict.ERROR) {
                out.add(new AliasVerdict(alias, Map.of(), recordVerdict));
                continue;
            }
            for (RunSubject s : subjects) {
                List<Outcome> own = outcomes.stream().filter(o -> RunSubject.ofOutcome(o.id()).filter(s::equals).isPresent()).toList();
                long trials = own.stream().mapToLong(Outcome::count).sum();
                out.add(new AliasVerdict(alias, s.params(), Judgement.of(variant, trials, own).verdict()));
            }
        }
        return out;
    }

    /** The setup as {@code "k=v, k=v"}, or "" for none. */
    public String setup() {
        return new RunSubject(alias, params).setup();
    }
}
