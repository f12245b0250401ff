package ai.vobiz.client;

import static ai.vobiz.Examples.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.error.ConfigurationException;
import ai.vobiz.internal.VobizVersion;
import ai.vobiz.port.resilience.ResiliencePolicy;
import ai.vobiz.port.transport.HttpRequest;
import ai.vobiz.port.transport.HttpTransport;
import ai.vobiz.port.transport.HttpTransportProvider;
import ai.vobiz.port.transport.TransportOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationTest {

    static StubTransport ok() {
        return StubTransport.answering(200, bytes("account-retrieve.json"));
    }

    static VobizClientBuilder builder() {
        return VobizClient.builder()
                .credentials("MA_XXXXXXXX", "tok_config_secret")
                .transport(ok());
    }

    @Test
    void defaultsToTheProductionHttpsBaseUrl() {
        StubTransport t = ok();
        VobizClient client = VobizClient.builder()
                .credentials("MA_XXXXXXXX", "tok_config_secret")
                .transport(t)
                .build();
        assertThat(client.config().baseUrl()).isEqualTo(URI.create("https://api.vobiz.ai"));
        client.account().retrieve();
        assertThat(t.lastRequest().uri()).isEqualTo(URI.create("https://api.vobiz.ai/api/v1/auth/me"));
    }

    @Test
    void sendsTheDocumentedHeadersOnEveryRequest() {
        StubTransport t = ok();
        VobizClient.builder()
                .credentials("MA_XXXXXXXX", "tok_config_secret")
                .transport(t)
                .build()
                .account()
                .retrieve();
        HttpRequest r = t.lastRequest();
        assertThat(r.headers().firstValue("X-Auth-ID")).contains("MA_XXXXXXXX");
        assertThat(r.headers().firstValue("X-Auth-Token")).contains("tok_config_secret");
        assertThat(r.headers().firstValue("Accept")).contains("application/json");
        assertThat(r.headers().firstValue("Content-Type")).isEmpty();
        assertThat(VobizVersion.get()).isNotEqualTo("unknown").doesNotContain("${");
        assertThat(r.headers().firstValue("User-Agent"))
                .contains("vobiz-java/" + VobizVersion.get() + " (Java " + System.getProperty("java.version")
                        + "; stub)");
        assertThat(r.headers().firstValue("User-Agent").orElseThrow()).matches("vobiz-java/\\S+ \\(Java \\S+; stub\\)");
    }

    @Test
    void credentialsComeFromTheEnvironmentWhenNotGiven() {
        StubTransport t = ok();
        VobizClient client = VobizClient.builder()
                .environment(Map.of("VOBIZ_AUTH_ID", " MA_FROMENV ", "VOBIZ_AUTH_TOKEN", "tok_from_env"))
                .transport(t)
                .build();
        client.account().retrieve();
        assertThat(t.lastRequest().headers().firstValue("X-Auth-ID")).contains("MA_FROMENV");
        assertThat(t.lastRequest().headers().firstValue("X-Auth-Token")).contains("tok_from_env");
    }

    @Test
    void explicitCredentialsWinOverTheEnvironment() {
        StubTransport t = ok();
        VobizClient.builder()
                .environment(Map.of("VOBIZ_AUTH_ID", "MA_FROMENV", "VOBIZ_AUTH_TOKEN", "tok_from_env"))
                .credentials(Credentials.of("MA_EXPLICIT", "tok_explicit"))
                .transport(t)
                .build()
                .account()
                .retrieve();
        assertThat(t.lastRequest().headers().firstValue("X-Auth-ID")).contains("MA_EXPLICIT");
    }

    @Test
    void missingEnvironmentVariablesAreNamedBoth() {
        for (Map<String, String> env : new Map[] {
            Map.of(),
            Map.of("VOBIZ_AUTH_ID", "MA_X"),
            Map.of("VOBIZ_AUTH_TOKEN", "tok_only_token"),
            Map.of("VOBIZ_AUTH_ID", "  ", "VOBIZ_AUTH_TOKEN", "")
        }) {
            assertThatThrownBy(() -> VobizClient.builder()
                            .environment(env)
                            .transport(ok())
                            .build())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("VOBIZ_AUTH_ID")
                    .hasMessageContaining("VOBIZ_AUTH_TOKEN")
                    .hasMessageNotContaining("tok_only_token");
        }
        assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of("VOBIZ_AUTH_ID", "MA_X")))
                .hasMessageContaining("VOBIZ_AUTH_TOKEN is not set");
    }

    @Test
    void credentialsThatCannotBeSentAsHeadersAreRefusedWhenTheClientIsBuilt() {
        // A line break in a token would split the request's headers: refused once, typed, without the token.
        assertThatThrownBy(() -> VobizClient.builder()
                        .credentials("MA_XXXXXXXX", "tok_line\r\nX-Injected: 1")
                        .transport(ok())
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("X-Auth-Token")
                .hasMessageNotContaining("tok_line");
    }

    @Test
    void blankCredentialsAreRefusedWithoutEchoingTheToken() {
        assertThatThrownBy(() -> Credentials.of("", "tok_blank_case"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("auth id")
                .hasMessageNotContaining("tok_blank_case");
        assertThatThrownBy(() -> Credentials.of("   ", "tok_blank_case")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> Credentials.of(null, "tok_blank_case")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> Credentials.of("MA_X", " \t"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("token");
        assertThatThrownBy(() -> Credentials.of("MA_X", null)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> VobizClient.builder().credentials("MA_X", ""))
                .isInstanceOf(ConfigurationException.class);
        assertThat(Credentials.of(" MA_X ", " tok_trimmed ").authToken()).isEqualTo("tok_trimmed");
        assertThat(Credentials.of("PA_X", "tok").isPartner()).isTrue();
        assertThat(Credentials.of("MA_X", "tok").isPartner()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://api.vobiz.ai",
                "http://10.0.0.1:8080",
                "http://example.com/",
                "http://localhost.example.com",
                "http://127.0.0.1.nip.io",
                "http://192.168.1.10"
            })
    void plainHttpIsRefusedForNonLoopbackHosts(String url) {
        assertThatThrownBy(() -> builder().baseUrl(url).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("http://")
                .hasMessageContaining("allowInsecureHttp");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080",
                "http://localhost:1234",
                "http://LOCALHOST",
                "http://[::1]:9000",
                "http://127.0.0.2",
                "https://api.vobiz.ai",
                "https://eu.api.example.com:8443/prefix"
            })
    void loopbackHttpAndAnyHttpsAreAllowed(String url) {
        StubTransport t = ok();
        VobizClient client = VobizClient.builder()
                .credentials("MA_X", "tok_loopback")
                .baseUrl(url)
                .transport(t)
                .build();
        client.account().retrieve();
        assertThat(t.lastRequest().uri().toString()).isEqualTo(url + "/api/v1/auth/me");
    }

    @Test
    void plainHttpToAnyHostWhenExplicitlyAllowed() {
        VobizClient client = builder()
                .baseUrl("http://10.0.0.1:8080/")
                .allowInsecureHttp(true)
                .build();
        assertThat(client.config().baseUrl()).isEqualTo(URI.create("http://10.0.0.1:8080"));
    }

    @Test
    void trailingSlashesAreDropped() {
        assertThat(builder().baseUrl("https://api.vobiz.ai///").build().config().baseUrl())
                .isEqualTo(URI.create("https://api.vobiz.ai"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://api.vobiz.ai",
                "api.vobiz.ai",
                "/relative",
                "https://api.vobiz.ai?x=1",
                "https://api.vobiz.ai#frag",
                "https:///nohost",
                "https://bad host",
                "https://user:pa55word@api.vobiz.ai"
            })
    void malformedBaseUrlsAreRefusedWithoutEchoingUserInfo(String url) {
        assertThatThrownBy(() -> builder().baseUrl(url).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageNotContaining("pa55word");
    }

    @Test
    void badTimeoutsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> builder().readTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> builder().callTimeout(null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> builder().maxResponseBytes(0))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() ->
                        TransportOptions.builder().readTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readTimeout");
    }

    @Test
    void settingsReachTheTransportTheProviderCreates() {
        AtomicReference<TransportOptions> seen = new AtomicReference<>();
        StubTransport t = ok();
        HttpTransportProvider provider = new HttpTransportProvider() {
            @Override
            public HttpTransport create(TransportOptions options) {
                seen.set(options);
                return t;
            }

            @Override
            public String name() {
                return "custom";
            }
        };
        ResiliencePolicy policy = ResiliencePolicy.disabled();
        VobizClient client = VobizClient.builder()
                .credentials("MA_X", "tok_options")
                .transportProvider(provider)
                .connectTimeout(Duration.ofMillis(300))
                .readTimeout(Duration.ofMillis(400))
                .callTimeout(Duration.ofMillis(900))
                .maxResponseBytes(1024)
                .resilience(policy)
                .build();
        assertThat(seen.get().connectTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(seen.get().readTimeout()).isEqualTo(Duration.ofMillis(400));
        assertThat(seen.get().callTimeout()).isEqualTo(Duration.ofMillis(900));
        assertThat(seen.get().maxResponseBytes()).isEqualTo(1024);
        assertThat(seen.get().resilience()).isSameAs(policy);
        assertThat(client.config().connectTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(client.config().readTimeout()).isEqualTo(Duration.ofMillis(400));
        assertThat(client.config().callTimeout()).isEqualTo(Duration.ofMillis(900));
        assertThat(client.config().resilience()).isSameAs(policy);
        assertThat(client.config().userAgent()).endsWith("; custom)");

        client.close();
        assertThat(t.closed).hasValue(1);
    }

    @Test
    void defaultTimeoutsAndPolicy() {
        VobizConfig config = builder().build().config();
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.transportOptions().maxResponseBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(config.resilience()).isSameAs(ResiliencePolicy.ofDefaults());
    }

    @Test
    void aTransportInstanceGivenToTheBuilderIsNotClosedByTheClient() {
        StubTransport t = ok();
        VobizClient client = VobizClient.builder()
                .credentials("MA_X", "tok_close")
                .transport(t)
                .build();
        client.async().close();
        client.close();
        assertThat(t.closed).hasValue(0);
    }
}
