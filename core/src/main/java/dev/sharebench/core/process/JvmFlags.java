package dev.sharebench.core.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The flags every JVM of the suite needs on JDK 25, from their one source: the parent pom's
 * {@code sharebench.jvmFlags} property, which the build filters into {@code jvm-flags.properties}
 * beside this class. Child JVMs get them from {@link ChildProcess}, the scripts from
 * {@code java -jar core/target/core.jar jvm-flags}, the test JVMs from surefire's argLine.
 * <ul>
 *   <li>{@code --sun-misc-unsafe-memory-access=allow}: JMH and JCTools use sun.misc.Unsafe;</li>
 *   <li>{@code --enable-native-access=ALL-UNNAMED}: FFM downcalls (futex, sched_setaffinity);</li>
 *   <li>{@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED}: Agrona.</li>
 * </ul>
 */
public final class JvmFlags {

    static final String RESOURCE = "jvm-flags.properties";
    static final String KEY = "sharebench.jvmFlags";
    private static final List<String> FLAGS = parse(load());

    private JvmFlags() {
    }

    /** The flags as command-line tokens, e.g. {@code --add-exports} and its value as two. */
    public static List<String> list() {
        return FLAGS;
    }

    /** The flags on one line, separated by single spaces (how the scripts pass them on). */
    public static String line() {
        return String.join(" ", FLAGS);
    }

    /** Tokens of a flag line; fails on an empty line or one the build did not filter. */
    static List<String> parse(String line) {
        if (line == null || line.isBlank() || line.contains("${")) {
            throw new IllegalStateException(RESOURCE + ": " + KEY + " is '" + line
                    + "'; it is filled in by the Maven build (run mvn package, not the sources alone)");
        }
        return List.copyOf(Arrays.asList(line.strip().split("\\s+")));
    }

    private static String load() {
        try (InputStream in = JvmFlags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + JvmFlags.class.getName() + " (a broken build?)");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(KEY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
