package dev.sharebench.reports.common;

import java.util.Locale;

/** Stable, readable anchors: the same inputs always give the same id, so links into a report last. */
public final class Anchors {

    private Anchors() {
    }

    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
