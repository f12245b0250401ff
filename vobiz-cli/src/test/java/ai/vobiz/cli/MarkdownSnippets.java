package ai.vobiz.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the {@code ```java} blocks of Markdown files and compiles each with javac against the test class path
 * (every module of the SDK), so a documentation snippet that stops compiling fails the build.
 *
 * <p>A block declaring a top-level type compiles as it is. Any other block is a list of statements: its imports are
 * kept and the rest becomes the body of {@code main(String[]) throws Exception}, with the SDK's packages, the
 * testkit, {@code java.time}, {@code java.util} and {@code java.math.BigDecimal} imported on demand, and a few names
 * ({@link #CONTEXT}) declared as fields so fragments may use them without declaring them.
 */
final class MarkdownSnippets {
    static final int BASELINE = 17;

    private static final Pattern OPEN = Pattern.compile("^(\\s*)```+\\s*java\\b.*$");
    private static final Pattern CLOSE = Pattern.compile("^\\s*```+\\s*$");
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "(?m)^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|record|interface|enum|@interface)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern PUBLIC_TYPE =
            Pattern.compile("(?m)^(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*public\\s+"
                    + "(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|record|interface|enum)\\s+"
                    + "([A-Za-z_$][\\w$]*)");
    private static final String IMPLICIT_IMPORTS = String.join(
            "\n",
            "import ai.vobiz.client.*;",
            "import ai.vobiz.domain.*;",
            "import ai.vobiz.domain.partner.*;",
            "import ai.vobiz.paging.*;",
            "import ai.vobiz.error.*;",
            "import ai.vobiz.endpoint.*;",
            "import ai.vobiz.port.resilience.*;",
            "import ai.vobiz.port.transport.*;",
            "import ai.vobiz.testkit.*;",
            "import java.time.*;",
            "import java.util.*;",
            "import java.math.BigDecimal;",
            "");

    /**
     * Names a statement snippet may use without declaring them. They are fields of the wrapper class, so a local
     * variable of the same name in the snippet simply shadows them.
     */
    static final String CONTEXT = String.join(
            "\n",
            "    static org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(\"snippet\");",
            "    static String authId = \"MA_XXXXXXXX\";",
            "    static String token = \"token\";",
            "    static VobizClient client;",
            "    static VobizAsyncClient asyncClient;",
            "    static FakeVobizServer server;",
            "");

    /** One fenced block: where it is, and its code. */
    record Snippet(Path file, int line, String code) {
        @Override
        public String toString() {
            return displayName(file) + ":" + line;
        }
    }

    /**
     * What compiling a snippet gave.
     *
     * @param errors compiler errors, each with its Markdown file and line; empty when it compiled
     * @param release the Java release the snippet needs: {@link #BASELINE}, or higher when it only compiles with a
     *     newer language level
     */
    record Result(List<String> errors, int release) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private MarkdownSnippets() {}

    /** The file as a reader finds it: its module folder and name, such as {@code vobiz-testkit/README.md}. */
    static String displayName(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        String folder = parent == null ? "" : parent.getFileName().toString();
        return folder.startsWith("vobiz-") || folder.equals("docs")
                ? folder + "/" + file.getFileName()
                : file.getFileName().toString();
    }

    /** The Markdown files to check: README.md, each module's Markdown files, and everything under docs/. */
    static List<Path> markdownFiles(Path root) {
        List<Path> files = new ArrayList<>();
        Path readme = root.resolve("README.md");
        if (Files.isRegularFile(readme)) {
            files.add(readme);
        }
        try (Stream<Path> modules = Files.list(root)) {
            modules.filter(m -> m.getFileName().toString().startsWith("vobiz-") && Files.isDirectory(m))
                    .sorted()
                    .forEach(m -> {
                        try (Stream<Path> md = Files.list(m)) {
                            md.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                                    .sorted()
                                    .forEach(files::add);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> s = Files.walk(docs)) {
                s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static List<Snippet> extract(Path markdown) {
        try {
            return extract(markdown, Files.readAllLines(markdown, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Snippet> extract(Path source, List<String> lines) {
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = OPEN.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            StringBuilder code = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !CLOSE.matcher(lines.get(j)).matches()) {
                String l = lines.get(j);
                int strip = Math.min(indent, l.length() - l.stripLeading().length());
                code.append(l.substring(strip)).append('\n');
                j++;
            }
            if (j == lines.size()) {
                throw new IllegalStateException(source + ":" + (i + 1) + ": unclosed ```java block");
            }
            snippets.add(new Snippet(source, i + 2, code.toString()));
            i = j;
        }
        return snippets;
    }

    /** How a snippet is compiled: the file name it must have, its source, and the lines added before it. */
    record Unit(String name, String source, int headerLines) {}

    static Unit toCompilationUnit(Snippet snippet, int index) {
        String code = snippet.code();
        if (TYPE_DECLARATION.matcher(code).find()) {
            Matcher pub = PUBLIC_TYPE.matcher(code);
            return new Unit(pub.find() ? pub.group(1) : "Snippet" + index, code, 0);
        }
        StringBuilder imports = new StringBuilder(IMPLICIT_IMPORTS);
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("import ") && t.endsWith(";")) {
                imports.append(t).append('\n');
                body.append('\n'); // keeps the snippet's line numbers
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        String name = "Snippet" + index;
        String header = imports + "public class " + name + " {\n" + CONTEXT
                + "    public static void main(String[] args) throws Exception {\n";
        return new Unit(name, header + body + "    }\n}\n", header.split("\n", -1).length - 1);
    }

    /**
     * Compiles one snippet at the Java 17 baseline. A snippet that fails only because it uses a newer language
     * feature (pattern matching for {@code switch}, say) is compiled again at the running JDK's level when that is
     * newer; on Java 17 it is reported as needing a newer release, so the caller can tell it apart from a mistake.
     */
    static Result compile(
            JavaCompiler javac,
            StandardJavaFileManager files,
            String classPath,
            Path outDir,
            Snippet snippet,
            int index) {
        Unit unit = toCompilationUnit(snippet, index);
        List<Diagnostic<? extends JavaFileObject>> baseline = errors(javac, files, classPath, outDir, unit, BASELINE);
        if (baseline.isEmpty()) {
            return new Result(List.of(), BASELINE);
        }
        if (!baseline.stream().allMatch(MarkdownSnippets::isLanguageLevelError)) {
            return new Result(describe(snippet, unit, baseline), BASELINE);
        }
        int runtime = Runtime.version().feature();
        if (runtime <= BASELINE) {
            return new Result(describe(snippet, unit, baseline), BASELINE + 1);
        }
        return new Result(describe(snippet, unit, errors(javac, files, classPath, outDir, unit, runtime)), runtime);
    }

    private static boolean isLanguageLevelError(Diagnostic<?> d) {
        String code = d.getCode() == null ? "" : d.getCode();
        return code.contains("preview.feature.disabled") || code.contains("feature.not.supported.in.source");
    }

    private static List<Diagnostic<? extends JavaFileObject>> errors(
            JavaCompiler javac, StandardJavaFileManager files, String classPath, Path outDir, Unit unit, int release) {
        JavaFileObject source =
                new SimpleJavaFileObject(
                        URI.create("string:///" + unit.name() + JavaFileObject.Kind.SOURCE.extension),
                        JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return unit.source();
                    }
                };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of(
                "--release",
                String.valueOf(release),
                "-proc:none",
                "-Xlint:none",
                "-classpath",
                classPath,
                "-d",
                outDir.toString());
        javac.getTask(new StringWriter(), files, diagnostics, options, null, List.of(source))
                .call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .collect(Collectors.toList());
    }

    private static List<String> describe(
            Snippet snippet, Unit unit, List<Diagnostic<? extends JavaFileObject>> errors) {
        String[] unitLines = unit.source().split("\n", -1);
        return errors.stream()
                .map(d -> {
                    long line = d.getLineNumber();
                    String code = line >= 1 && line <= unitLines.length ? unitLines[(int) line - 1].strip() : "";
                    // Back to the Markdown line; a line of the wrapper (an implicit import) maps to the fence.
                    long markdownLine = snippet.line() + Math.max(0, line - unit.headerLines() - 1);
                    return displayName(snippet.file()) + ":" + markdownLine + ": " + d.getMessage(Locale.ROOT)
                            + " [in: " + code + "]";
                })
                .collect(Collectors.toList());
    }

    /** The class path the tests run with, as javac wants it. */
    static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return cp;
    }

    static JavaCompiler javac() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the build with a JDK, not a JRE");
        }
        return javac;
    }
}
