package dev.sharebench.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/*
 * One JVM-flag list: the pom property sharebench.jvmFlags. JvmFlags must read exactly it (the build
 * filters it in), and no other file of the project may hold a list of its own. A "copy" is a line of
 * main code, a script, a pom or a Markdown doc that names two or more of the suite's flags, or names
 * one on a line that passes JVM arguments (jvmArgs, jvmArgsAppend, jvmArgsPrepend); such a line must
 * hold the whole list, in order, as the property has it (Java's {"a", "b"} form counts). A single flag
 * elsewhere is fine: MAVEN_OPTS silences Maven's own JVM, a comment names the flag it explains.
 */
class JvmFlagsTest {

    private static final Pattern PROPERTY = Pattern.compile("<sharebench\\.jvmFlags>([^<]*)</sharebench\\.jvmFlags>");
    private static final Pattern JVM_ARGS = Pattern.compile("jvmArgs");
    private static final Set<String> SCANNED = Set.of(".java", ".sh", ".md", ".xml", ".properties");

    @Test
    void theFlagsAreThePomProperty() throws IOException {
        Matcher m = PROPERTY.matcher(Files.readString(root().resolve("pom.xml")));
        assertTrue(m.find(), "the parent pom has no sharebench.jvmFlags property");
        assertEquals(JvmFlags.parse(m.group(1)), JvmFlags.list());
        assertEquals(String.join(" ", JvmFlags.list()), JvmFlags.line());
        assertTrue(JvmFlags.list().stream().anyMatch(f -> f.startsWith("--enable-native-access")), JvmFlags.line());
    }

    @Test
    void anUnfilteredOrEmptyListIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JvmFlags.parse("${sharebench.jvmFlags}"));
        assertTrue(e.getMessage().contains("Maven build"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> JvmFlags.parse(" "));
        assertEquals(List.of("--a", "b", "--c=d"), JvmFlags.parse(" --a  b\t--c=d "));
    }

    @Test
    void noFileHoldsAnotherCopy() throws IOException {
        List<String> copies = new ArrayList<>();
        for (Path file : scannedFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (isCopy(line) && !PROPERTY.matcher(line).find()) {
                    copies.add(root().relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertEquals(List.of(), copies, "JVM-flag lists other than the pom's sharebench.jvmFlags (" + JvmFlags.line() + ")");
    }

    /* The rule itself, on the lines this test was written to catch. */
    @Test
    void theRuleCatchesTheOldCopies() {
        String first = JvmFlags.list().get(0);
        String second = JvmFlags.list().get(1);
        assertTrue(isCopy("@Fork(value = 3, jvmArgsAppend = {\"" + second + "\"})"));
        assertTrue(isCopy("SB_JVM_FLAGS=\"" + second + " " + first + "\""));
        assertFalse(isCopy("java " + JvmFlags.line() + " -jar x.jar"));
        assertFalse(isCopy("@Fork(value = 3, jvmArgsAppend = {" + JvmFlags.list().stream().map(f -> "\"" + f + "\"")
                .collect(Collectors.joining(", ")) + "})"));
        assertFalse(isCopy("MAVEN_OPTS=\"" + first + "\" mvn package"));
    }

    /** Whether {@code line} holds a flag list that is not the whole list in order. */
    static boolean isCopy(String line) {
        long named = flagNames().stream().filter(line::contains).count();
        boolean passesJvmArgs = named > 0 && JVM_ARGS.matcher(line).find();
        if (named < 2 && !passesJvmArgs) {
            return false;
        }
        String plain = line.replaceAll("[\"{},]", " ").replaceAll("\\s+", " ");
        return !plain.contains(JvmFlags.line());
    }

    /** The option names, e.g. {@code --enable-native-access} of {@code --enable-native-access=ALL-UNNAMED}. */
    private static List<String> flagNames() {
        return JvmFlags.list().stream().filter(f -> f.startsWith("--")).map(f -> f.split("=", 2)[0]).toList();
    }

    private static List<Path> scannedFiles() throws IOException {
        Path root = root();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> SCANNED.stream().anyMatch(ext -> p.getFileName().toString().endsWith(ext)))
                    .filter(p -> {
                        String rel = root.relativize(p).toString().replace('\\', '/');
                        return !rel.contains("/target/") && !rel.startsWith(".") && !rel.contains("/src/test/") && !rel.startsWith("results/");
                    })
                    .toList();
        }
    }

    /** The project root: the first folder up from the working directory whose pom lists the modules. */
    private static Path root() throws IOException {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            if (Files.exists(pom) && Files.readString(pom).contains("<module>core</module>")) {
                return p;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }
}
