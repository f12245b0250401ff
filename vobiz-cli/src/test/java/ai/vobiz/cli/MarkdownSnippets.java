package ai.vobiz.cli;

import java.io.File;
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
 * (every module of the SDK), so a README snippet that stops compiling fails the build.
 *
 * <p>A block declaring a top-level type compiles as it is. Any other block is a list of statements: its imports are
 * kept and the rest becomes the body of {@code main(String[]) throws Exception}, with the SDK's packages, the
 * testkit, {@code java.time}, {@code java.util} and {@code java.math.BigDecimal} imported on demand.
 */
final class MarkdownSnippets {
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
            "import ai.vobiz.error.*;",
            "import ai.vobiz.endpoint.*;",
            "import ai.vobiz.port.resilience.*;",
            "import ai.vobiz.port.transport.*;",
            "import ai.vobiz.testkit.*;",
            "import java.time.*;",
            "import java.util.*;",
            "import java.math.BigDecimal;",
            "");

    /** One fenced block: where it is, and its code. */
    record Snippet(Path file, int line, String code) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line;
        }
    }

    private MarkdownSnippets() {}

    /** The Markdown files to check: README.md and everything under docs/, if present. */
    static List<Path> markdownFiles(Path root) {
        List<Path> files = new ArrayList<>();
        Path readme = root.resolve("README.md");
        if (Files.isRegularFile(readme)) {
            files.add(readme);
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
            int start = i + 1;
            StringBuilder code = new StringBuilder();
            int j = start;
            while (j < lines.size() && !CLOSE.matcher(lines.get(j)).matches()) {
                String l = lines.get(j);
                int strip = Math.min(indent, l.length() - l.stripLeading().length());
                code.append(l.substring(strip)).append('\n');
                j++;
            }
            if (j == lines.size()) {
                throw new IllegalStateException(source + ":" + (i + 1) + ": unclosed ```java block");
            }
            snippets.add(new Snippet(source, start + 1, code.toString()));
            i = j;
        }
        return snippets;
    }

    /**
     * The compilation unit for a snippet: the name of the file it must live in, its source, and how many lines the
     * wrapper added before the snippet's first line.
     */
    static String[] toCompilationUnit(Snippet snippet, int index) {
        String code = snippet.code();
        if (TYPE_DECLARATION.matcher(code).find()) {
            Matcher pub = PUBLIC_TYPE.matcher(code);
            String name = pub.find() ? pub.group(1) : "Snippet" + index;
            return new String[] {name, code, "0"};
        }
        StringBuilder imports = new StringBuilder(IMPLICIT_IMPORTS);
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("import ") && t.endsWith(";")) {
                imports.append(t).append('\n');
                body.append('\n');
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        String name = "Snippet" + index;
        // Line numbers stay close to the Markdown: the wrapper adds a fixed header.
        String unit = imports + "public class " + name
                + " {\n    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n";
        return new String[] {name, unit};
    }

    /** Compiles one snippet; returns the errors (empty when it compiles). */
    static List<String> compile(
            JavaCompiler javac,
            StandardJavaFileManager files,
            String classPath,
            Path outDir,
            Snippet snippet,
            int index) {
        String[] unit = toCompilationUnit(snippet, index);
        JavaFileObject source =
                new SimpleJavaFileObject(
                        URI.create("string:///" + unit[0] + JavaFileObject.Kind.SOURCE.extension),
                        JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return unit[1];
                    }
                };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of(
                "--release", "17", "-proc:none", "-Xlint:none", "-classpath", classPath, "-d", outDir.toString());
        boolean ok = javac.getTask(new StringWriter(), files, diagnostics, options, null, List.of(source))
                .call();
        if (ok) {
            return List.of();
        }
        String[] unitLines = unit[1].split("\n", -1);
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> {
                    long line = d.getLineNumber();
                    String code = line >= 1 && line <= unitLines.length ? unitLines[(int) line - 1].strip() : "";
                    return snippet + ": " + d.getMessage(Locale.ROOT) + " [in: " + code + "]";
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

    static String pathSeparator() {
        return File.pathSeparator;
    }
}
