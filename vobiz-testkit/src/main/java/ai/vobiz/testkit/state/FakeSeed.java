package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data a fake server starts with and returns to on reset: entities of any {@link EntityKind}, loaded owners first
 * ({@link FakeState#KINDS} order), in list order within a kind; a later entity replaces an earlier one with its key.
 *
 * <p>Seed file format: a key per kind ({@code accounts}, {@code partners}, {@code customers}, {@code transactions},
 * {@code cdrs}, {@code numbers}), each an array of objects in the API's own field names laid over the documented
 * example, plus the fake's own fields ({@code auth_token}; {@code partner_auth_id} for a customer):
 *
 * <pre>{@code
 * {
 *   "demo_data": true,
 *   "accounts": [ {"auth_id": "MA_TEST0001", "auth_token": "secret-1", "name": "Test Co"} ],
 *   "partners": [ {"auth_id": "PA_TEST0001", "auth_token": "secret-2", "balance": "100.5"} ],
 *   "customers": [ {"auth_id": "MA_TEST0002", "auth_token": "secret-3", "partner_auth_id": "PA_TEST0001",
 *                   "name": "Tess", "email": "tess@example.com", "cash_credits": "10"} ]
 * }
 * }</pre>
 *
 * {@code demo_data} (default true) keeps the demo data of {@link ai.vobiz.testkit.DemoData}.
 *
 * @param entities every entity, in the order given
 */
public record FakeSeed(List<FakeRecord> entities) {
    private static final String DEMO_DATA = "demo_data";
    private static final FakeSeed DEMO = new FakeSeed(DemoSeed.entities());

    public FakeSeed {
        entities = List.copyOf(entities);
    }

    /** Accounts and partners only, as the first seeds had. */
    public FakeSeed(List<FakeAccount> accounts, List<FakePartner> partners) {
        this(Stream.concat(accounts.stream(), partners.stream()).collect(Collectors.<FakeRecord>toList()));
    }

    /** No data at all. */
    public static FakeSeed empty() {
        return new FakeSeed(List.of());
    }

    /**
     * The demo data: the demo account and partner (equal to the documented examples), the demo partner's customers
     * with their ledgers, numbers and CDRs, and a second partner with its own customers. See {@link
     * ai.vobiz.testkit.DemoData}.
     */
    public static FakeSeed demo() {
        return DEMO;
    }

    /**
     * What a store loads when reset at {@code now}: these entities, with the demo data's recent calls
     * ({@code DemoTraffic}: CDRs over the 30 days before {@code now}) right after the demo data when this seed holds
     * it, so that the entities given after the demo data still replace any with their key.
     */
    public List<FakeRecord> entitiesAt(Instant now) {
        int demo = DEMO.entities.size();
        if (entities.size() < demo || entities.get(0) != DEMO.entities.get(0)) {
            return entities;
        }
        List<FakeRecord> all = new ArrayList<>(entities.subList(0, demo));
        all.addAll(DemoTraffic.cdrs(now));
        all.addAll(entities.subList(demo, entities.size()));
        return all;
    }

    /** This seed plus more entities (which replace any with the same kind and key). */
    public FakeSeed with(FakeRecord... more) {
        List<FakeRecord> all = new ArrayList<>(entities);
        all.addAll(List.of(more));
        return new FakeSeed(all);
    }

    /** The entities of one kind, in order. */
    public <E extends FakeRecord> List<E> of(EntityKind<E> kind) {
        return entities.stream().filter(e -> e.kind() == kind).map(kind::cast).collect(Collectors.toList());
    }

    public List<FakeAccount> accounts() {
        return of(FakeAccount.KIND);
    }

    public List<FakePartner> partners() {
        return of(FakePartner.KIND);
    }

    /** Reads a seed file. */
    public static FakeSeed read(Path file) {
        JsonNode root;
        try {
            root = Json.EXACT.readTree(Files.readAllBytes(file));
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
        JsonNode demoFlag = obj.get(DEMO_DATA);
        if (demoFlag != null && !demoFlag.isBoolean()) {
            throw new IllegalArgumentException(DEMO_DATA + " must be true or false");
        }
        boolean demo = demoFlag == null || demoFlag.booleanValue();
        List<FakeRecord> entities = new ArrayList<>(demo ? DEMO.entities : List.of());
        for (String name : obj.propertyNames()) {
            if (name.equals(DEMO_DATA)) {
                continue;
            }
            EntityKind<?> kind = FakeState.kind(name)
                    .orElseThrow(() -> new IllegalArgumentException("unknown field '" + name + "'; a seed has "
                            + DEMO_DATA + " and arrays named after the kinds: " + kindNames()));
            JsonNode list = obj.get(name);
            if (!list.isArray() && !list.isNull()) {
                throw new IllegalArgumentException("'" + name + "' must be an array");
            }
            entities.addAll(entries(kind, list));
        }
        return new FakeSeed(entities);
    }

    /** Entities of a kind from a JSON array (or one object) of API-named fields. */
    public static <E extends FakeRecord> List<E> entries(EntityKind<E> kind, JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isObject()) {
            return List.of(kind.fromJson(node));
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("'" + kind.name() + "' must be an array");
        }
        List<E> out = new ArrayList<>();
        node.forEach(n -> out.add(kind.fromJson(n)));
        return out;
    }

    /** An account from a JSON object of API fields plus {@code auth_id} and {@code auth_token} (both required). */
    public static FakeAccount account(JsonNode n) {
        return FakeAccount.KIND.fromJson(n);
    }

    /** A partner from a JSON object of API fields plus {@code auth_id} and {@code auth_token} (both required). */
    public static FakePartner partner(JsonNode n) {
        return FakePartner.KIND.fromJson(n);
    }

    static String kindNames() {
        return FakeState.KINDS.stream().map(EntityKind::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "FakeSeed{" + entities.size() + " entities}";
    }
}
