package ai.vobiz.testkit;

import ai.vobiz.testkit.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Helpers shared by the testkit's tests: documented examples and a plain JDK HTTP client. */
final class TestSupport {
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestSupport() {}

    static JsonNode example(String name) {
        try (InputStream in = TestSupport.class.getResourceAsStream("/examples/" + name)) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documented profile ({@code partner-me.json}) as the fake serves the demo partner: with
     * {@code "currency":"INR"} after the balance, where the profile page's OpenAPI example has it.
     */
    static JsonNode partnerProfile() {
        ObjectNode out = Json.object();
        example("partner-me.json").properties().forEach(e -> {
            out.set(e.getKey(), e.getValue());
            if (e.getKey().equals("balance")) {
                out.put("currency", "INR");
            }
        });
        return out;
    }

    static String exampleText(String name) {
        try (InputStream in = TestSupport.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpRequest.Builder get(FakeVobizServer server, String path, String id, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (id != null) {
            b.header("X-Auth-ID", id);
        }
        if (token != null) {
            b.header("X-Auth-Token", token);
        }
        return b;
    }

    /** {@code POST …/accounts/{customer}/transfer-balance} with this JSON body and these credentials. */
    static HttpRequest.Builder transfer(
            FakeVobizServer server, String id, String token, String customer, String jsonBody) {
        return get(server, "/api/v1/partner/accounts/" + customer + "/transfer-balance", id, token)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
    }

    static HttpRequest.Builder account(FakeVobizServer server, String path) {
        return get(server, path, DemoData.ACCOUNT_AUTH_ID, DemoData.ACCOUNT_AUTH_TOKEN);
    }

    static HttpRequest.Builder partner(FakeVobizServer server, String path) {
        return get(server, path, DemoData.PARTNER_AUTH_ID, DemoData.PARTNER_AUTH_TOKEN);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return Json.MAPPER.readTree(response.body());
    }
}
