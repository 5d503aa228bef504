package dev.sharebench.core.proof;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a proof is: its stable id ({@code P01}..), the number, a title, the classic pitfall
 * it stands for, how it runs, and the class that holds its Broken and Fixed variants.
 *
 * @param number              stable proof number, never reused; the id is {@code P} + two digits
 * @param title               short title, e.g. "Lost update"
 * @param pitfall             the classic mistake in a few words, e.g. "count++ on a shared field"
 * @param kind                jcstress, deterministic or cross-process
 * @param testClass           fully qualified class holding both variants
 * @param notReproducedReason why the Broken variant may stay silent on some hardware, or null
 */
public record ProofInfo(int number, String title, String pitfall, Kind kind, String testClass, String notReproducedReason) {

    private static final Pattern CLASS_NAME = Pattern.compile(".*\\.[A-Z][A-Za-z]*_(\\d\\d)_[A-Za-z]+");

    public ProofInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pitfall, "pitfall");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(testClass, "testClass");
        var m = CLASS_NAME.matcher(testClass);
        if (!m.matches() || Integer.parseInt(m.group(1)) != number) {
            throw new IllegalArgumentException("proof " + number + ": class '" + testClass
                    + "' must be named <Family>_<NN>_<Topic> with NN = " + String.format("%02d", number));
        }
    }

    /** Stable id used in records and file names: {@code P01}, {@code P02}, ... */
    public String id() {
        return String.format("P%02d", number);
    }
}
