package dev.sharebench.core.load;

import dev.sharebench.core.process.TempFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * One fork's latency histograms as an HdrHistogram interval log ({@code .hlog}: HdrHistogram's own
 * {@link HistogramLogWriter} format, one compressed, base64-encoded histogram per line, read back
 * with {@code HistogramLogReader} or HdrHistogram's HistogramLogProcessor). Each measured
 * iteration appends its histograms, tagged ({@code latency}: from the due time; {@code fromSend}:
 * from the actual send), so the percentiles the report prints can be recomputed, or the forks
 * pooled, from the full distribution.
 *
 * <p>The log is written to {@code sharebench-hlog-p<pid>-...} beside the target and moved onto
 * {@code file} by {@link #close()}: a fork that dies leaves no half-written log under the real
 * name, only a temp file that the scripts' sweep recognises by its prefix and owner pid.
 */
public final class HistogramFile implements AutoCloseable {

    public static final String SUFFIX = ".hlog";

    private final Path file;
    private final Path temp;
    private final PrintStream out;
    private final HistogramLogWriter writer;
    private int written;

    /**
     * Starts the log for {@code file}; {@code comment} (one line: what was measured) goes into its header.
     *
     * @throws UncheckedIOException when the folder cannot take the file
     */
    public HistogramFile(Path file, String comment) {
        this.file = file;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            this.temp = Files.createTempFile(dir, TempFiles.prefix("hlog"), SUFFIX);
            this.out = new PrintStream(Files.newOutputStream(temp), false, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the histogram log " + file + ": " + e.getMessage(), e);
        }
        writer = new HistogramLogWriter(out);
        writer.outputLogFormatVersion();
        writer.outputComment(comment.replace('\n', ' '));
        writer.outputLegend();
    }

    /** Appends one interval's histogram under {@code tag} (no spaces or commas); a null histogram is skipped. */
    public void append(String tag, Histogram h) {
        if (h == null) {
            return;
        }
        Histogram copy = h.copy(); // the tag is the log's; leave the caller's histogram as it was
        copy.setTag(tag);
        writer.outputIntervalHistogram(copy);
        written++;
    }

    /** Histograms appended so far. */
    public int written() {
        return written;
    }

    /** Finishes the log and moves it onto its name. */
    @Override
    public void close() {
        out.close();
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("writing " + temp + " failed"));
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + temp + " onto " + file + ": " + e.getMessage(), e);
        }
    }
}
