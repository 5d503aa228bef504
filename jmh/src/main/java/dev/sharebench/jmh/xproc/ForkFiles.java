package dev.sharebench.jmh.xproc;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Files a benchmark fork writes beside its JMH result. The suite runner gives every fork the
 * system property {@link #PROPERTY}: the path of its result without {@code .json}
 * ({@code <out>/jmh/forks/<Workload>/<fork id>}), so a fork's own files start with its id and sit
 * with its result (the merge reads only {@code *.json}). A fork run by hand has none and writes none.
 */
public final class ForkFiles {

    public static final String PROPERTY = "sharebench.fork.out";

    private ForkFiles() {
    }

    /** {@code <prefix><suffix>} when the runner gave this fork a prefix, e.g. {@code file("-latency.hlog")}. */
    static Optional<Path> file(String suffix) {
        String prefix = System.getProperty(PROPERTY);
        return prefix == null || prefix.isBlank() ? Optional.empty() : Optional.of(Path.of(prefix + suffix));
    }
}
