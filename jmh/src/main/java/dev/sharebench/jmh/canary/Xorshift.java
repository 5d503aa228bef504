package dev.sharebench.jmh.canary;

/**
 * Marsaglia's xorshift64 (13, 7, 17) step, and its n-fold application in closed form. Each shift
 * and xor is linear over GF(2), so a step is a 64x64 bit matrix T and n steps are T^n, computed by
 * repeated squaring in ~2 log2(n) matrix products.
 */
final class Xorshift {

    private Xorshift() {
    }

    static long step(long x) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return x;
    }

    /** {@code step} applied {@code n} times to {@code x}. */
    static long jump(long x, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        long[] result = identity();
        long[] power = stepMatrix();
        for (long k = n; k > 0; k >>>= 1) {
            if ((k & 1) != 0) {
                result = compose(power, result);
            }
            power = compose(power, power);
        }
        return apply(result, x);
    }

    /** A linear map as its 64 columns: column j is the image of bit j. */
    private static long[] stepMatrix() {
        long[] cols = new long[64];
        for (int j = 0; j < 64; j++) {
            cols[j] = step(1L << j);
        }
        return cols;
    }

    private static long[] identity() {
        long[] cols = new long[64];
        for (int j = 0; j < 64; j++) {
            cols[j] = 1L << j;
        }
        return cols;
    }

    private static long apply(long[] cols, long x) {
        long y = 0;
        for (int j = 0; j < 64; j++) {
            if ((x >>> j & 1) != 0) {
                y ^= cols[j];
            }
        }
        return y;
    }

    /** a after b. */
    private static long[] compose(long[] a, long[] b) {
        long[] c = new long[64];
        for (int j = 0; j < 64; j++) {
            c[j] = apply(a, b[j]);
        }
        return c;
    }
}
