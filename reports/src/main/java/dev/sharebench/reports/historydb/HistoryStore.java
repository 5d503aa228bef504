package dev.sharebench.reports.historydb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The history database behind a JDBC URL: {@code jdbc:sqlite:FILE} (the default, a file under
 * {@code results/}) or {@code jdbc:postgresql://HOST/DB} (one history for a fleet of runners).
 * Opening it applies the Flyway migrations the database lacks, so every runner brings its
 * database to the schema it was built with; each run is added in one transaction.
 * Credentials: in the URL, or from the environment (SHAREBENCH_DB_USER, SHAREBENCH_DB_PASSWORD),
 * never on a command line.
 */
public final class HistoryStore implements AutoCloseable {

    /** Where Flyway finds the versioned migrations (V1__history.sql, ...). */
    static final String MIGRATIONS = "classpath:dev/sharebench/reports/historydb/migration";

    /** A benchmark the history holds. */
    public record BenchmarkRef(long id, String key, String unit) {
    }

    /** One stored fork of one benchmark, with its run and machine. */
    public record Observation(String fingerprint, String runId, String commit, long startedMs, int fork, double value, String profile) {
    }

    private final Connection connection;
    private final String url;

    private HistoryStore(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /**
     * Opens a history that must exist already (for reading): a SQLite file that is not there is bad
     * input, "no history at FILE", instead of an empty database made on the spot.
     */
    public static HistoryStore openExisting(String url) throws HistoryException {
        Path file = sqliteFile(url);
        if (file != null && !Files.isRegularFile(file)) {
            throw new HistoryException("--db " + url + ": no history at " + file + " (`reports history add RUN --db " + url + "` creates it)");
        }
        return open(url);
    }

    /** Opens (and migrates) the database; a SQLite file's folder is created. */
    public static HistoryStore open(String url) throws HistoryException {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new HistoryException("--db " + url + ": not a jdbc:sqlite: or jdbc:postgresql: URL");
        }
        Properties credentials = credentials();
        try {
            createSqliteFolder(url);
            // FlywayWarnings: Flyway's INFO lines would drown the command's own output
            Flyway.configure().dataSource(url, credentials.getProperty("user"), credentials.getProperty("password"))
                    .locations(MIGRATIONS).loggers(FlywayWarnings.class.getName()).load().migrate();
            Connection c = DriverManager.getConnection(url, credentials);
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA foreign_keys = ON");
                    s.execute("PRAGMA busy_timeout = 10000"); // another runner's transaction: wait, do not fail
                }
            }
            c.setAutoCommit(false);
            return new HistoryStore(url, c);
        } catch (SQLException | FlywayException | IOException e) {
            throw new HistoryException("--db " + redact(url) + ": cannot open the history: " + e.getMessage(), e);
        }
    }

    /** Stores {@code run}; false (and nothing written) when the same run is already there. */
    public boolean add(StoredRun run) throws HistoryException {
        try {
            try (PreparedStatement m = connection.prepareStatement(
                    "INSERT INTO machine (fingerprint, description) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                m.setString(1, run.machine().id());
                m.setString(2, run.machine().description());
                m.executeUpdate();
            }
            int inserted;
            try (PreparedStatement r = connection.prepareStatement("INSERT INTO run (id, run_id, git_commit, started_ms, started, profile, jdk,"
                    + " fingerprint, hostname) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                r.setLong(1, run.id());
                r.setString(2, run.runId());
                r.setString(3, run.commit());
                r.setLong(4, run.startedMs());
                r.setString(5, run.started());
                r.setString(6, run.profile());
                r.setString(7, run.jdk());
                r.setString(8, run.machine().id());
                r.setString(9, run.hostname());
                inserted = r.executeUpdate();
            }
            if (inserted == 0) {
                connection.rollback();
                return false;
            }
            try (PreparedStatement b = connection.prepareStatement(
                    "INSERT INTO benchmark (id, bench_key, unit) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement f = connection.prepareStatement(
                         "INSERT INTO fork_value (run_ref, benchmark_ref, fork, value) VALUES (?, ?, ?, ?)")) {
                for (StoredRun.Benchmark bench : run.benchmarks()) {
                    long benchId = Fingerprint.id(bench.key() + "|" + bench.unit());
                    b.setLong(1, benchId);
                    b.setString(2, bench.key());
                    b.setString(3, bench.unit());
                    b.addBatch();
                    for (int k = 0; k < bench.forks().length; k++) {
                        f.setLong(1, run.id());
                        f.setLong(2, benchId);
                        f.setInt(3, k);
                        f.setDouble(4, bench.forks()[k]);
                        f.addBatch();
                    }
                }
                b.executeBatch();
                f.executeBatch();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new HistoryException("--db " + redact(url) + ": cannot store run " + run.runId() + ": " + e.getMessage(), e);
        }
    }

    /** Every benchmark, by key. */
    public List<BenchmarkRef> benchmarks() throws HistoryException {
        List<BenchmarkRef> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, bench_key, unit FROM benchmark ORDER BY bench_key, unit")) {
            while (rs.next()) {
                out.add(new BenchmarkRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw new HistoryException("--db " + redact(url) + ": cannot list benchmarks: " + e.getMessage(), e);
        }
    }

    /** One benchmark's forks on every machine, in time order (machine, then start, run, fork). */
    public List<Observation> observations(BenchmarkRef benchmark) throws HistoryException {
        List<Observation> out = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT r.fingerprint, r.run_id, r.git_commit, r.started_ms, f.fork, f.value, r.profile"
                + " FROM fork_value f JOIN run r ON r.id = f.run_ref WHERE f.benchmark_ref = ?"
                + " ORDER BY r.fingerprint, r.started_ms, r.id, f.fork")) {
            q.setLong(1, benchmark.id());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new Observation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getDouble(6), rs.getString(7)));
                }
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw new HistoryException("--db " + redact(url) + ": cannot read " + benchmark.key() + ": " + e.getMessage(), e);
        }
    }

    /** Machine fingerprint -> its description. */
    public Map<String, String> machines() throws HistoryException {
        Map<String, String> out = new TreeMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT fingerprint, description FROM machine")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw new HistoryException("--db " + redact(url) + ": cannot list machines: " + e.getMessage(), e);
        }
    }

    public long runCount() throws HistoryException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM run")) {
            rs.next();
            long n = rs.getLong(1);
            connection.commit();
            return n;
        } catch (SQLException e) {
            throw new HistoryException("--db " + redact(url) + ": cannot count runs: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws HistoryException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new HistoryException("--db " + redact(url) + ": cannot close: " + e.getMessage(), e);
        }
    }

    /** The default history: {@code <results>/history.db}. */
    public static String defaultUrl(Path resultsRoot) {
        return "jdbc:sqlite:" + resultsRoot.resolve("history.db").toAbsolutePath().normalize();
    }

    /** The URL without a password parameter, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static Properties credentials() {
        Properties p = new Properties();
        String user = System.getenv("SHAREBENCH_DB_USER");
        String password = System.getenv("SHAREBENCH_DB_PASSWORD");
        if (user != null && !user.isBlank()) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private static void createSqliteFolder(String url) throws IOException {
        Path file = sqliteFile(url);
        if (file != null && file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
    }

    /** The file of a {@code jdbc:sqlite:FILE[?options]} URL; null for other URLs and in-memory SQLite. */
    private static Path sqliteFile(String url) {
        if (!url.startsWith("jdbc:sqlite:") || url.contains(":memory:")) {
            return null;
        }
        String file = url.substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        return Path.of(q < 0 ? file : file.substring(0, q)).toAbsolutePath();
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException suppressed) {
            // NOTE: the store error being reported is the one that matters; a failed rollback ends with the connection.
        }
    }
}
