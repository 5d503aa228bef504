package dev.sharebench.reports.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * JUnit's temp directories named like every temp path of the suite,
 * {@code sharebench-<testclass>-p<pid>-...}, so the scripts' sweep can tell whose leftovers are
 * whose: {@code @TempDir(factory = TempDirs.class) Path dir;} (JUnit deletes it afterwards).
 */
public final class TempDirs implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
        String what = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        return Files.createTempDirectory("sharebench-" + what + "-p" + ProcessHandle.current().pid() + "-");
    }

    /** Copies {@code src/test/resources/fixtures/<fixture>} to {@code target} (parents created) and returns it. */
    public static Path copyFixture(String fixture, Path target) throws IOException {
        try (InputStream in = TempDirs.class.getResourceAsStream("/fixtures/" + fixture)) {
            if (in == null) {
                throw new IllegalStateException("test fixture missing: " + fixture);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        }
        return target;
    }
}
