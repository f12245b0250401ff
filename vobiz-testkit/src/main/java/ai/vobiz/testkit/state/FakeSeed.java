package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data a fake server starts with and returns to on reset.
 *
 * <p>Seed file format (fields in the API's own names, each entry overlaid on the documented example, plus
 * {@code auth_token}):
 *
 * <pre>{@code
 * {
 *   "demo_data": true,
 *   "accounts": [ {"auth_id": "MA_TEST0001", "auth_token": "secret-1", "name": "Test Co"} ],
 *   "partners": [ {"auth_id": "PA_TEST0001", "auth_token": "secret-2", "balance": "100.5"} ]
 * }
 * }</pre>
 *
 * {@code demo_data} (default true) keeps the demo account and partner of {@link ai.vobiz.testkit.DemoData}.
 *
 * @param accounts main accounts, in order
 * @param partners partners, in order
 */
public record FakeSeed(List<FakeAccount> accounts, List<FakePartner> partners) {

    public FakeSeed {
        accounts = List.copyOf(accounts);
        partners = List.copyOf(partners);
    }

    /** The demo account and partner, equal to the documented examples. */
    public static FakeSeed demo() {
        return new FakeSeed(
                List.of(FakeAccount.builder().build()),
                List.of(FakePartner.builder().build()));
    }

    /** Reads a seed file. */
    public static FakeSeed read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read seed file " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "seed file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("seed file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a seed document (see the class comment). */
    public static FakeSeed parse(JsonNode root) {
        if (!(root instanceof ObjectNode obj)) {
            throw new IllegalArgumentException("the seed must be a JSON object");
        }
        JsonNode demoFlag = obj.get("demo_data");
        if (demoFlag != null && !demoFlag.isBoolean()) {
            throw new IllegalArgumentException("demo_data must be true or false");
        }
        boolean demo = demoFlag == null || demoFlag.booleanValue();
        List<FakeAccount> accounts = new ArrayList<>();
        List<FakePartner> partners = new ArrayList<>();
        if (demo) {
            accounts.add(FakeAccount.builder().build());
            partners.add(FakePartner.builder().build());
        }
        for (JsonNode n : array(obj, "accounts")) {
            accounts.add(account(n));
        }
        for (JsonNode n : array(obj, "partners")) {
            partners.add(partner(n));
        }
        return new FakeSeed(accounts, partners);
    }

    /** An account from a JSON object of API fields plus {@code auth_id} and {@code auth_token} (both required). */
    public static FakeAccount account(JsonNode n) {
        ObjectNode fields = requireCredentials(n, "account");
        return FakeAccount.builder().fields(fields).build();
    }

    /** A partner from a JSON object of API fields plus {@code auth_id} and {@code auth_token} (both required). */
    public static FakePartner partner(JsonNode n) {
        ObjectNode fields = requireCredentials(n, "partner");
        return FakePartner.builder().fields(fields).build();
    }

    private static ObjectNode requireCredentials(JsonNode n, String what) {
        if (!(n instanceof ObjectNode fields)) {
            throw new IllegalArgumentException("each " + what + " must be a JSON object");
        }
        for (String key : List.of("auth_id", "auth_token")) {
            JsonNode v = fields.get(key);
            if (v == null || !v.isString() || v.asString().isBlank()) {
                throw new IllegalArgumentException(what + " field '" + key + "' is required and must be a string");
            }
        }
        return fields;
    }

    private static List<JsonNode> array(ObjectNode obj, String name) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("'" + name + "' must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }
}
