package ai.vobiz.port.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.client.VobizClient;
import ai.vobiz.error.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ServiceLoader discovery, exercised through a thread context class loader that sees a services file written for
 * the test: core's own test class path registers no provider, so the "none found" case stays real.
 */
class TransportDiscoveryTest {
    static final String SERVICES = "META-INF/services/" + HttpTransportProvider.class.getName();

    @TempDir
    Path dir;

    /** A provider whose transport answers 200 {}; subclasses only choose name and priority. */
    public abstract static class TestProvider implements HttpTransportProvider {
        private final String name;
        private final int priority;

        TestProvider(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        @Override
        public HttpTransport create(TransportOptions options) {
            return new HttpTransport() {
                @Override
                public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
                    return CompletableFuture.completedFuture(
                            HttpResponse.builder().body("{}").build());
                }

                @Override
                public String name() {
                    return TestProvider.this.name;
                }
            };
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int priority() {
            return priority;
        }
    }

    public static final class Alpha extends TestProvider {
        public Alpha() {
            super("alpha", 0);
        }
    }

    public static final class Gamma extends TestProvider {
        public Gamma() {
            super("gamma", 10);
        }
    }

    public static final class Beta extends TestProvider {
        public Beta() {
            super("beta", 10);
        }
    }

    /** Runs the action with a context class loader that sees a services file listing these lines. */
    <T> T withRegistered(List<String> lines, Callable<T> action) throws Exception {
        Path services = dir.resolve(SERVICES);
        Files.createDirectories(services.getParent());
        Files.write(services, lines, StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            return action.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    <T> T withAllThree(Callable<T> action) throws Exception {
        return withRegistered(
                List.of(Alpha.class.getName(), "# a comment", Gamma.class.getName(), Beta.class.getName()), action);
    }

    @Test
    void noneFoundNamesBothTransportArtifacts() {
        assertThat(HttpTransportProvider.available()).isEmpty();
        assertThatThrownBy(HttpTransportProvider::discover)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ai.vobiz:vobiz-transport-okhttp")
                .hasMessageContaining("ai.vobiz:vobiz-transport-netty");
        assertThatThrownBy(
                        () -> VobizClient.builder().credentials("MA_X", "tok_x").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ai.vobiz:vobiz-transport-okhttp")
                .hasMessageContaining("ai.vobiz:vobiz-transport-netty");
        assertThatThrownBy(() -> HttpTransportProvider.named("okhttp"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'okhttp'")
                .hasMessageContaining("ai.vobiz:vobiz-transport-netty");
    }

    @Test
    void severalFoundChoosesByPriorityThenNameAndLogsOnce() throws Exception {
        TransportDiscovery.resetChoiceLogged();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> chosen;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            chosen = withAllThree(() -> List.of(
                    HttpTransportProvider.discover().name(),
                    HttpTransportProvider.discover().name(),
                    HttpTransportProvider.available().stream()
                            .map(HttpTransportProvider::name)
                            .reduce((a, b) -> a + "," + b)
                            .orElseThrow()));
        } finally {
            System.setErr(err);
        }
        assertThat(chosen).containsExactly("beta", "beta", "beta,gamma,alpha");
        List<String> logLines = captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains("Several Vobiz transports found"))
                .toList();
        assertThat(logLines).hasSize(1);
        assertThat(logLines.get(0))
                .contains(" WARN ")
                .contains("beta, gamma, alpha")
                .contains("using 'beta'")
                .contains("VobizClient.builder().transport(name)")
                .contains("system property vobiz.transport")
                .contains("environment variable VOBIZ_TRANSPORT");
    }

    @Test
    void anOperatorChoosesWithTheSystemPropertyOrElseTheEnvironment() throws Exception {
        Map<String, String> none = Map.of();
        Map<String, String> envGamma = Map.of("VOBIZ_TRANSPORT", "gamma");
        assertThat(withAllThree(() -> List.of(
                        TransportDiscovery.discover(Map.of("vobiz.transport", "Alpha")::get, none)
                                .name(),
                        TransportDiscovery.discover(key -> null, envGamma).name(),
                        TransportDiscovery.discover(Map.of("vobiz.transport", " alpha ")::get, envGamma)
                                .name(),
                        TransportDiscovery.discover(Map.of("vobiz.transport", "")::get, none)
                                .name())))
                .containsExactly("alpha", "gamma", "alpha", "beta");
    }

    @Test
    void anOperatorsUnknownChoiceSaysWhereItCameFrom() {
        assertThatThrownBy(() -> withAllThree(
                        () -> TransportDiscovery.discover(key -> null, Map.of("VOBIZ_TRANSPORT", "okhttp"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Transport 'okhttp' requested by the environment variable VOBIZ_TRANSPORT, but no Vobiz"
                        + " transport has that name; found: beta, gamma, alpha.");
    }

    @Test
    void oneFoundIsUsedWithoutChoosing() throws Exception {
        assertThat(withRegistered(
                        List.of(Alpha.class.getName()),
                        () -> HttpTransportProvider.discover().name()))
                .isEqualTo("alpha");
    }

    @Test
    void namedFindsAProviderCaseInsensitively() throws Exception {
        assertThat(withAllThree(() -> HttpTransportProvider.named("ALPHA").name()))
                .isEqualTo("alpha");
        assertThatThrownBy(() -> withAllThree(() -> HttpTransportProvider.named("okhttp")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'okhttp'")
                .hasMessageContaining("alpha")
                .hasMessageContaining("beta")
                .hasMessageContaining("gamma");
    }

    @Test
    void theBuilderUsesDiscoveryUnlessAChoiceIsExplicit() throws Exception {
        assertThat(withAllThree(() -> userAgentOf(
                        VobizClient.builder().credentials("MA_X", "tok_x").build())))
                .endsWith("; beta)");
        assertThat(withAllThree(() -> userAgentOf(VobizClient.builder()
                        .credentials("MA_X", "tok_x")
                        .transport("gamma")
                        .build())))
                .endsWith("; gamma)");
        assertThat(withAllThree(() -> userAgentOf(VobizClient.builder()
                        .credentials("MA_X", "tok_x")
                        .transportProvider(new Alpha())
                        .build())))
                .endsWith("; alpha)");
        VobizClient viaDiscovery = withAllThree(
                () -> VobizClient.builder().credentials("MA_X", "tok_x").build());
        assertThat(viaDiscovery
                        .raw()
                        .send(ai.vobiz.client.RawRequest.get("/x").build())
                        .status())
                .isEqualTo(200);
        viaDiscovery.close();
    }

    @Test
    void aBrokenRegistrationIsAConfigurationError() {
        assertThatThrownBy(() ->
                        withRegistered(List.of("ai.vobiz.transport.DoesNotExist"), HttpTransportProvider::discover))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cannot be loaded");
    }

    static String userAgentOf(VobizClient client) throws IOException {
        try (client) {
            return client.config().userAgent();
        }
    }
}
