package dev.sharebench.reports.doc;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders the documents from JMustache templates in {@code resources/dev/sharebench/reports/doc/}.
 * HTML escapes every value; Markdown escapes table pipes instead. A missing variable is an error
 * (only an explicit null renders as empty), so a typo in a template fails the tests.
 */
public final class Templates {

    private Templates() {
    }

    public static void renderHtml(Path out, Map<String, Object> model) throws IOException {
        renderHtml(out, Templates.class, "index.html.mustache", model);
    }

    /** Another document's HTML template, {@code name} found next to {@code owner}'s class file. */
    public static void renderHtml(Path out, Class<?> owner, String name, Map<String, Object> model) throws IOException {
        Files.writeString(out, compile(Mustache.compiler().nullValue(""), owner, name).execute(model));
    }

    public static void renderMarkdown(Path out, Map<String, Object> model) throws IOException {
        Mustache.Compiler md = Mustache.compiler().nullValue("").escapeHTML(false)
                .withEscaper(s -> s.replace("|", "\\|").replace("\n", " "));
        Files.writeString(out, compile(md, Templates.class, "summary.md.mustache").execute(model));
    }

    private static Template compile(Mustache.Compiler compiler, Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("template " + name + " is missing from the jar");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return compiler.compile(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }
}
