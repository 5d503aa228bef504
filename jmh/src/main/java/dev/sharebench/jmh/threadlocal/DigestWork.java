package dev.sharebench.jmh.threadlocal;

import dev.sharebench.core.contract.Scratch;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * ScratchBench's unit of work: a task of {@link #OPS_PER_TASK} SHA-256 digests of a 64-byte buffer,
 * each with a {@link MessageDigest} obtained from the mechanism, each checked against the known
 * digest (computed independently at class init and compared with a published test vector).
 */
final class DigestWork {

    static final int OPS_PER_TASK = 8;
    private static final byte[] INPUT = new byte[64];
    private static final byte[] EXPECTED;

    static {
        for (int i = 0; i < INPUT.length; i++) {
            INPUT[i] = (byte) i;
        }
        EXPECTED = sha256().digest(INPUT);
        // Sanity check of the JDK provider itself against FIPS 180-2's "abc" vector.
        byte[] abc = sha256().digest("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (!HexFormat.of().formatHex(abc).equals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")) {
            throw new IllegalStateException("SHA-256 provider fails the FIPS 180-2 test vector");
        }
    }

    private DigestWork() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 provider", e);
        }
    }

    /** Runs one task and returns the number of digests checked (always {@link #OPS_PER_TASK}). */
    static int task(Scratch<MessageDigest> scratch) {
        return scratch.task(() -> {
            for (int i = 0; i < OPS_PER_TASK; i++) {
                byte[] d = scratch.use(md -> md.digest(INPUT));
                if (!Arrays.equals(d, EXPECTED)) {
                    throw new IllegalStateException(scratch.alias() + ": wrong digest " + HexFormat.of().formatHex(d)
                            + " (scratch state shared or corrupted)");
                }
            }
            return OPS_PER_TASK;
        });
    }
}
