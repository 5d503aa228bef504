package dev.sharebench.core.manager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * The java codec's allowlist limits, both sides of each: arrays of any allowed element type
 * (primitives, String, the value types) are accepted while the arrays of one message decode to at
 * most 1 MiB (length x element size, 8 bytes per reference), and refused above it with an error
 * that names the array's class and the limit. Checked on the codec directly, so that a message
 * larger than a frame can show where the array limit sits.
 */
class JavaSerialCodecLimitsTest {

    static final int LIMIT = 1 << 20;
    private final JavaSerialCodec codec = new JavaSerialCodec();

    @Test
    void primitiveArraysAreAcceptedUpToTheLimitAndRefusedAboveItNamingClassAndLimit() {
        assertEquals(LIMIT / 8, ((long[]) decode(new long[LIMIT / 8])).length);
        assertEquals(LIMIT, ((byte[]) decode(new byte[LIMIT])).length);
        assertRefused(new long[LIMIT / 8 + 1], "long[]");
        assertRefused(new byte[LIMIT + 1], "byte[]");
        assertRefused(new int[LIMIT / 4 + 1], "int[]");
    }

    @Test
    void stringArraysAreValuesLikeAnyOtherUpToTheSameLimit() {
        String[] words = {"a", "b", null};
        assertArrayEquals(words, (String[]) decode(words));
        assertEquals(LIMIT / 8, ((String[]) decode(new String[LIMIT / 8])).length);
        assertRefused(new String[LIMIT / 8 + 1], "java.lang.String[]");
    }

    /*
     * The limit is per message, not per array: two arrays of about half the limit each fill it.
     * (Arrays of nulls, so that the message itself stays small: a reference costs 1 byte in the
     * stream and 8 decoded.) List.of(a, b) serializes with an Object[2] inside: 16 bytes.
     */
    @Test
    void theLimitCoversAllArraysOfOneMessage() {
        int half = (LIMIT - 16) / 16;
        assertEquals(2, ((List<?>) decode(List.of(new String[half], new String[half]))).size());
        assertRefused(List.of(new String[half + 1], new String[half]), "java.lang.String[]");
    }

    @Test
    void classesOutsideTheAllowlistAreRefusedByName() {
        assertRefusedNaming(new Date(), "java.util.Date", "allowlist");
        assertRefusedNaming(new Date[1], "java.util.Date", "allowlist");
        assertEquals(Arrays.asList(1L, "x"), decode(new java.util.ArrayList<>(List.of(1L, "x"))));
    }

    private Object decode(Object value) {
        return codec.readValue(ByteBuffer.wrap(serialize(value)));
    }

    /* Refused over the array limit: the error names the array's class and the limit. */
    private void assertRefused(Object value, String arrayClass) {
        assertRefusedNaming(value, arrayClass, Integer.toString(LIMIT));
    }

    private void assertRefusedNaming(Object value, String... words) {
        MalformedFrameException e = assertThrows(MalformedFrameException.class, () -> decode(value));
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "the error must name " + w + ": " + e.getMessage());
        }
    }

    private static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
