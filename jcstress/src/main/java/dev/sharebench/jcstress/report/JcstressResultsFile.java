package dev.sharebench.jcstress.report;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jcstress.infra.collectors.TestResult;

/**
 * Reads the {@code jcstress-results-*.bin.gz} file jcstress 0.16 writes into its working folder:
 * a gzip'ed Java-serialization stream of {@link TestResult}s, one per test, fork and JVM config.
 *
 * <p>Why this file and not the text or HTML report: it holds every outcome's exact count and the
 * full outcome string, while the console truncates descriptions and the HTML is presentation
 * that changes between versions. Reading it with jcstress's own classes (from the same jar that
 * wrote it) and grading with jcstress's own {@code TestGrading} gives exactly jcstress's verdicts.
 * Java deserialization is only safe with a filter: {@link #FILTER} admits jcstress's result
 * classes and the JDK value types they hold, and rejects everything else.
 */
public final class JcstressResultsFile {

    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(String.join(";",
            "maxdepth=20", "maxrefs=10000000", "maxarray=100000000",
            "org.openjdk.jcstress.infra.collectors.TestResult",
            "org.openjdk.jcstress.infra.runners.TestConfig",
            "org.openjdk.jcstress.infra.runners.SpinLoopStyle",
            "org.openjdk.jcstress.infra.Status",
            "org.openjdk.jcstress.util.Counter",
            "org.openjdk.jcstress.util.Environment",
            "org.openjdk.jcstress.os.*",
            "java.lang.*", "java.util.*",
            "!*"));

    private JcstressResultsFile() {
    }

    /**
     * The results file: {@code path} itself, or the newest {@code jcstress-results-*.bin.gz} in
     * the folder {@code path}. The error says what was looked for, and where.
     */
    public static Path locate(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return path;
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("--results: " + path + " is neither a jcstress-results-*.bin.gz file nor a folder");
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(p -> p.getFileName().toString().matches("jcstress-results-.*\\.bin\\.gz"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalArgumentException("--results: no jcstress-results-*.bin.gz in " + path
                            + " (jcstress writes it into its working folder; did it run there?)"));
        }
    }

    /** Every result in the file, in the order jcstress wrote them. */
    public static List<TestResult> read(Path file) throws IOException {
        List<TestResult> results = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
             ObjectInputStream ois = new ObjectInputStream(in)) {
            ois.setObjectInputFilter(FILTER);
            while (true) {
                Object o;
                try {
                    o = ois.readObject();
                } catch (EOFException endOfStream) {
                    // jcstress appends results while it runs and writes no end marker: EOF is the normal end.
                    break;
                }
                if (o == null) {
                    break;
                }
                if (!(o instanceof TestResult r)) {
                    throw new IOException(file + ": unexpected object " + o.getClass().getName() + " in a jcstress results file");
                }
                results.add(r);
            }
        } catch (ClassNotFoundException e) {
            throw new IOException(file + ": written by another jcstress version? class not found: " + e.getMessage(), e);
        }
        return results;
    }
}
