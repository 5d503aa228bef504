package dev.sharebench.core.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes and reads proof records: one pretty-printed JSON file per proof variant. */
public final class ProofRecords {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProofRecords() {
    }

    /** Writes {@code record} as {@code dir/<id>-<variant>.json}, creating {@code dir}; returns the file. */
    public static Path write(Path dir, ProofRecord record) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(record.fileName());
        JSON.writeValue(file.toFile(), record);
        return file;
    }

    /** One console line: id, variant, verdict, and each outcome's count, e.g. {@code P01 broken  reproduced  [1=12 INTERESTING, 2=4000]}. */
    public static String summary(ProofRecord r) {
        String counts = r.outcomes().stream()
                .map(o -> o.id() + "=" + o.count() + (o.grade() == Grade.ACCEPTABLE ? "" : " " + o.grade().name().replace("ACCEPTABLE_", "")))
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        return String.format("%s %-6s %-31s trials=%-9d %s%s", r.id(), r.variant().id(), r.verdict().label(), r.trials(), counts,
                r.reason() == null ? "" : "  -- " + r.reason());
    }

    public static ProofRecord read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ProofRecord.class);
    }
}
