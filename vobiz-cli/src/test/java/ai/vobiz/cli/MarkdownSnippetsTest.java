package ai.vobiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Every {@code ```java} block of README.md and docs/*.md compiles against the SDK. */
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

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetOfTheDocsCompiles() {
        List<Path> markdown = MarkdownSnippets.markdownFiles(repositoryRoot());
        assertThat(markdown).as("Markdown files under " + repositoryRoot()).isNotEmpty();
        List<MarkdownSnippets.Snippet> snippets = new ArrayList<>();
        markdown.forEach(f -> snippets.addAll(MarkdownSnippets.extract(f)));
        assertThat(snippets).as("java snippets in " + markdown).isNotEmpty();
        String cp = MarkdownSnippets.testClassPath();
        return snippets.stream()
                .map(s -> DynamicTest.dynamicTest(s.toString(), () -> {
                    int index = snippets.indexOf(s);
                    Path dir = Files.createDirectories(out.resolve("s" + index));
                    assertThat(MarkdownSnippets.compile(javac, files, cp, dir, s, index))
                            .as("compile errors in " + s)
                            .isEmpty();
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

        List<String> errors = MarkdownSnippets.compile(
                javac,
                files,
                MarkdownSnippets.testClassPath(),
                Files.createDirectories(out.resolve("b")),
                snippets.get(0),
                0);
        assertThat(errors)
                .singleElement()
                .asString()
                .startsWith("broken.md:3: ")
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
        assertThat(MarkdownSnippets.toCompilationUnit(snippets.get(1), 1)[0]).isEqualTo("Example");
        for (int i = 0; i < snippets.size(); i++) {
            assertThat(MarkdownSnippets.compile(
                            javac,
                            files,
                            MarkdownSnippets.testClassPath(),
                            Files.createDirectories(out.resolve("ok" + i)),
                            snippets.get(i),
                            i))
                    .isEmpty();
        }
    }
}
