package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code ```java} block of README.md, the modules' Markdown files and docs/*.md compiles against the SDK. */
class MarkdownSnippetsTest {
    static JavaCompiler javac;
    static StandardJavaFileManager files;

    @TempDir
    static Path out;

    @BeforeAll
    static void compiler() {
        javac = MarkdownSnippets.javac();
        files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() throws IOException {
        files.close();
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("vobiz.repository.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    static MarkdownSnippets.Result compile(String dir, MarkdownSnippets.Snippet snippet, int index) throws IOException {
        return MarkdownSnippets.compile(
                javac,
                files,
                MarkdownSnippets.testClassPath(),
                Files.createDirectories(out.resolve(dir)),
                snippet,
                index);
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetOfTheDocsCompiles() {
        List<Path> markdown = MarkdownSnippets.markdownFiles(repositoryRoot());
        assertThat(markdown).as("Markdown files under " + repositoryRoot()).isNotEmpty();
        List<MarkdownSnippets.Snippet> snippets = new ArrayList<>();
        markdown.forEach(f -> snippets.addAll(MarkdownSnippets.extract(f)));
        assertThat(snippets).as("java snippets in " + markdown).isNotEmpty();
        return snippets.stream()
                .map(s -> DynamicTest.dynamicTest(s.toString(), () -> {
                    int index = snippets.indexOf(s);
                    MarkdownSnippets.Result result = compile("s" + index, s, index);
                    // A snippet for a newer Java (pattern switch...) is compiled by the build on the newer JDK.
                    assumeTrue(
                            result.ok() || result.release() <= Runtime.version().feature(),
                            s + " needs a Java newer than " + Runtime.version().feature() + ": " + result.errors());
                    assertThat(result.errors()).as("compile errors in " + s).isEmpty();
                }));
    }

    @Test
    void aBrokenSnippetFailsWithItsLocation() throws IOException {
        Path md = out.resolve("broken.md");
        Files.writeString(
                md,
                String.join(
                        "\n",
                        "# Title",
                        "```java",
                        "VobizClient client = VobizClient.builder().build();",
                        "client.account().retrieveEverything();",
                        "```",
                        ""));
        List<MarkdownSnippets.Snippet> snippets = MarkdownSnippets.extract(md);
        assertThat(snippets).hasSize(1);
        assertThat(snippets.get(0).line()).isEqualTo(3);

        MarkdownSnippets.Result result = compile("b", snippets.get(0), 0);
        assertThat(result.release()).isEqualTo(MarkdownSnippets.BASELINE);
        assertThat(result.errors())
                .singleElement()
                .asString()
                .startsWith("broken.md:4: ")
                .contains("retrieveEverything");
    }

    @Test
    void statementsAreWrappedAndClassesCompiledAsTheyAre() throws IOException {
        Path md = out.resolve("ok.md");
        Files.writeString(
                md,
                String.join(
                        "\n",
                        "  ```java",
                        "  import java.time.Duration;",
                        "  Duration d = Duration.ofSeconds(2);",
                        "  log.info(\"uses the predeclared {} and {}\", client, token);",
                        "  ```",
                        "```java title=\"Example.java\"",
                        "import ai.vobiz.client.VobizClient;",
                        "public final class Example {",
                        "    static VobizClient client() { return VobizClient.builder().build(); }",
                        "}",
                        "```",
                        "```bash",
                        "./vobiz account",
                        "```",
                        ""));
        List<MarkdownSnippets.Snippet> snippets = MarkdownSnippets.extract(md);
        assertThat(snippets).hasSize(2);
        assertThat(MarkdownSnippets.toCompilationUnit(snippets.get(1), 1).name())
                .isEqualTo("Example");
        for (int i = 0; i < snippets.size(); i++) {
            assertThat(compile("ok" + i, snippets.get(i), i).errors()).isEmpty();
        }
    }

    @Test
    void newerLanguageFeaturesAreToldApartFromMistakes() throws IOException {
        MarkdownSnippets.Snippet patternSwitch = new MarkdownSnippets.Snippet(
                Path.of("new.md"),
                1,
                String.join(
                        "\n",
                        "Object o = 1;",
                        "String s = switch (o) {",
                        "    case Integer i -> \"int\";",
                        "    default -> \"other\";",
                        "};",
                        ""));
        MarkdownSnippets.Result result = compile("n", patternSwitch, 0);
        assertThat(result.release()).isGreaterThan(MarkdownSnippets.BASELINE);
        if (Runtime.version().feature() >= 21) {
            assertThat(result.errors()).isEmpty();
        } else {
            assertThat(result.errors()).isNotEmpty();
        }
    }
}
