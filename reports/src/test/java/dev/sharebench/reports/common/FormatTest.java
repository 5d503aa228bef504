package dev.sharebench.reports.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/* Counts in progress lines and tables: "1 chart", never "1 charts". */
class FormatTest {

    @Test
    void aCountOfOneIsSingular() {
        assertEquals("1 chart", Format.count(1, "chart"));
        assertEquals("0 charts", Format.count(0, "chart"));
        assertEquals("12 charts", Format.count(12, "chart"));
        assertEquals("1 benchmark entry", Format.count(1, "benchmark entry", "benchmark entries"));
        assertEquals("8 benchmark entries", Format.count(8, "benchmark entry", "benchmark entries"));
    }
}
