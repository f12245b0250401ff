package ai.vobiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consumer builds under {@code examples/} use the README's pom text, so that what they prove (it compiles, its
 * tests run, on the class path and the module path, with the versions we test with) is what a user who copies the
 * README gets. Each example's pom is the README's complete pom with only the changes the README itself describes:
 * its artifactId, the Netty transport instead of OkHttp, both transports, and the module-path plugin block.
 */
class ConsumerPomsTest {
    private static final Path ROOT = Path.of(System.getProperty("vobiz.repository.root", ".."));
    private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);

    private static final String OKHTTP = dependency("vobiz-transport-okhttp");
    private static final String NETTY = dependency("vobiz-transport-netty");

    /** Each consumer project, with how its pom departs from the README's (as the README says it may). */
    private static final Map<String, List<Change>> EXAMPLES = Map.of(
            "okhttp-classpath", List.of(),
            "netty-classpath", List.of(Change.NETTY),
            "both-transports", List.of(Change.BOTH),
            "okhttp-modulepath", List.of(Change.MODULE_PATH),
            "netty-modulepath", List.of(Change.NETTY, Change.MODULE_PATH));

    private enum Change {
        NETTY,
        BOTH,
        MODULE_PATH
    }

    @Test
    void everyConsumerPomIsTheReadmesPomWithOnlyTheDocumentedChanges() throws IOException {
        List<String> blocks = readmeXmlBlocks();
        String readmePom = only(blocks, "<artifactId>my-app</artifactId>");
        String modulePathPlugin = only(blocks, "<goal>build-classpath</goal>");

        try (Stream<Path> dirs = Files.list(ROOT.resolve("examples"))) {
            assertThat(dirs.filter(d -> Files.exists(d.resolve("pom.xml")))
                            .map(d -> d.getFileName().toString())
                            .collect(Collectors.toSet()))
                    .as("consumer projects under examples/ (each must be listed here with its changes)")
                    .isEqualTo(EXAMPLES.keySet());
        }
        EXAMPLES.forEach((name, changes) -> {
            String expected =
                    readmePom.replace("<artifactId>my-app</artifactId>", "<artifactId>" + name + "</artifactId>");
            for (Change change : changes) {
                expected = switch (change) {
                    case NETTY -> expected.replace(OKHTTP, NETTY);
                    case BOTH -> expected.replace(OKHTTP, OKHTTP + NETTY);
                    case MODULE_PATH -> expected.replace("</plugins>", modulePathPlugin + "</plugins>");
                };
            }
            assertThat(lines(read(ROOT.resolve("examples").resolve(name).resolve("pom.xml"))))
                    .as("examples/%s/pom.xml against the README's pom", name)
                    .isEqualTo(lines(expected));
        });
    }

    @Test
    void theReadmesPomPinsWhatAStockMavenGetsWrong() throws IOException {
        String pom = only(readmeXmlBlocks(), "<artifactId>my-app</artifactId>");
        assertThat(pom)
                .as("the BOM at the version being built")
                .contains("<artifactId>vobiz-bom</artifactId>\n        <version>" + System.getProperty("vobiz.version")
                        + "</version>")
                .as("Java 17, not Maven 3.8's default of Java 5")
                .contains("<maven.compiler.release>17</maven.compiler.release>")
                .as("an SLF4J binding for the tests")
                .containsPattern("<artifactId>slf4j-simple</artifactId>\\s*<version>[^<]+</version>\\s*<scope>test");
        // Maven 3.8's default surefire (2.12) runs no JUnit 5 test, and its compiler does not know --release.
        for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin")) {
            Matcher version = Pattern.compile("<artifactId>" + plugin + "</artifactId>\\s*<version>(\\d+)\\.")
                    .matcher(pom);
            assertThat(version.find()).as(plugin + " has a version").isTrue();
            assertThat(Integer.parseInt(version.group(1)))
                    .as(plugin + " major version")
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theGradleBuildUsesTheSameVersions() throws IOException {
        String readme = read(ROOT.resolve("README.md"));
        Matcher gradle = Pattern.compile("```kotlin\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(gradle.find())
                .as("a Gradle (Kotlin DSL) block in the README")
                .isTrue();
        String pom = only(readmeXmlBlocks(), "<artifactId>my-app</artifactId>");
        Matcher pinned = Pattern.compile(
                        "<artifactId>([\\w.-]+)</artifactId>\\s*<version>([^<]+)</version>\\s*<(?:type|scope)>")
                .matcher(pom);
        int count = 0;
        while (pinned.find()) {
            count++;
            assertThat(gradle.group(1)).contains(":" + pinned.group(1) + ":" + pinned.group(2) + "\"");
        }
        assertThat(count).as("versions pinned in the README's pom").isGreaterThanOrEqualTo(4);
    }

    private static String dependency(String artifactId) {
        return "    <dependency>\n      <groupId>ai.vobiz</groupId>\n      <artifactId>" + artifactId
                + "</artifactId>\n    </dependency>\n";
    }

    private static List<String> readmeXmlBlocks() throws IOException {
        Matcher m = XML_BLOCK.matcher(read(ROOT.resolve("README.md")));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static String only(List<String> blocks, String marker) {
        List<String> found = blocks.stream().filter(b -> b.contains(marker)).collect(Collectors.toList());
        assertThat(found).as("README xml blocks containing " + marker).hasSize(1);
        return found.get(0);
    }

    /** Lines as text, indentation and blank lines aside (a block is indented where it is inserted). */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
