package dev.sharebench.reports.historydb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Which runs may be compared: the same machine KIND, not the same host. From the manifest:
 *
 *   cpuModel          a different CPU is a different machine, full stop
 *   cores             2 vCPUs and 4 vCPUs schedule contended benchmarks differently
 *   memory (GiB)      rounded to whole GiB: MemTotal moves by a few MiB between kernels
 *   kernel major.minor  the scheduler, futex and pipe paths change between minor versions;
 *                     patch releases (6.18.44 -> 6.18.45) are frequent and are left out
 *   hypervisor        bare metal and a VM wake threads at very different costs
 *   JDK vendor+version  a JDK update changes the JIT: a new series, not a "regression"
 *
 * Left out on purpose: the hostname (CI runners are ephemeral: every run would be its own series),
 * the start time, the JVM flags (they belong to the suite's commit, whose history this is).
 * The id is the first 12 hex digits of the SHA-256 of the canonical description.
 */
/** The machine a run measured on, as far as comparisons are concerned. */
public record Fingerprint(String id, String description) {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

    public static Fingerprint of(String cpuModel, String cores, long memoryBytes, String kernel, String hypervisor, String jdk) {
        String memory = memoryBytes <= 0 ? "?" : Long.toString(Math.round(memoryBytes / (double) (1L << 30)));
        String description = String.format(Locale.ROOT, "cpu=%s; cores=%s; memoryGiB=%s; kernel=%s; hypervisor=%s; jdk=%s",
                cpuModel, cores, memory, majorMinor(kernel), hypervisor, jdk);
        return new Fingerprint(sha256(description).substring(0, 12), description);
    }

    /** From a manifest.json; missing fields count as "?" (and so form their own fingerprint). */
    public static Fingerprint of(JsonNode manifest) {
        JsonNode m = manifest == null ? null : manifest.get("machine");
        JsonNode jdk = manifest == null ? null : manifest.get("jdk");
        long memory = m != null && m.path("memoryBytes").canConvertToLong() ? m.path("memoryBytes").asLong() : -1;
        return of(Json.text(m, "cpuModel", "?"), Json.text(m, "cores", "?"), memory, Json.text(m, "kernel", "?"),
                Json.text(m, "hypervisor", "?"), Json.text(jdk, "vendor", "?") + " " + Json.text(jdk, "version", "?"));
    }

    static String majorMinor(String kernel) {
        Matcher x = MAJOR_MINOR.matcher(kernel);
        return x.find() ? x.group(1) + "." + x.group(2) : kernel;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** A positive 63-bit id from text: the store's primary keys, the same in every database. */
    static long id(String text) {
        return Long.parseUnsignedLong(sha256(text).substring(0, 16), 16) & Long.MAX_VALUE;
    }
}
