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

    public static ProofRecord read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ProofRecord.class);
    }
}
