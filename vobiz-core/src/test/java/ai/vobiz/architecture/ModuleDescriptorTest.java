package ai.vobiz.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.client.VobizClient;
import ai.vobiz.port.transport.HttpTransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The compiled module-info exports exactly the public API packages, never {@code ai.vobiz.internal..}. */
class ModuleDescriptorTest {

    static Path classesDir() throws URISyntaxException {
        return Path.of(VobizClient.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        try (InputStream in = Files.newInputStream(classesDir().resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** Every package that holds a compiled class of core. */
    static Set<String> compiledPackages() throws IOException, URISyntaxException {
        Path root = classesDir();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.class"))
                    .map(p -> root.relativize(p.getParent())
                            .toString()
                            .replace(root.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void exportsExactlyThePublicPackages() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("ai.vobiz.core");
        Set<String> exported =
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exported)
                .containsExactlyInAnyOrder(
                        "ai.vobiz.client",
                        "ai.vobiz.domain",
                        "ai.vobiz.domain.partner",
                        "ai.vobiz.endpoint",
                        "ai.vobiz.error",
                        "ai.vobiz.paging",
                        "ai.vobiz.port.resilience",
                        "ai.vobiz.port.transport",
                        "ai.vobiz.port.transport.support");
        assertThat(exported).noneMatch(p -> p.startsWith("ai.vobiz.internal"));
        assertThat(d.exports()).allMatch(e -> !e.isQualified(), "no qualified exports");
        assertThat(d.opens()).isEmpty();
        assertThat(d.uses()).containsExactly(HttpTransportProvider.class.getName());
    }

    @Test
    void everyNonInternalPackageIsExportedAndInternalOnesAreNot() throws Exception {
        Set<String> exported = descriptor().exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        Set<String> compiled = compiledPackages();
        assertThat(compiled).contains("ai.vobiz.internal", "ai.vobiz.internal.json", "ai.vobiz.internal.http");
        for (String pkg : compiled) {
            assertThat(exported.contains(pkg)).as(pkg).isEqualTo(!pkg.startsWith("ai.vobiz.internal"));
        }
    }

    @Test
    void requiresOnlyJacksonSlf4jAndJspecify() throws Exception {
        Set<String> requires = descriptor().requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .filter(n -> !n.equals("java.base"))
                .collect(Collectors.toSet());
        assertThat(requires).containsExactlyInAnyOrder("tools.jackson.databind", "org.slf4j", "org.jspecify");
    }
}
