package ai.vobiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.Examples;
import ai.vobiz.Seeded;
import ai.vobiz.domain.partner.Customer;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.error.DecodingException;
import ai.vobiz.internal.json.RecordEncoder;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutated documented bodies (fields dropped, nulled or retyped, nested ones included) either decode or fail with the
 * typed {@link DecodingException} naming the field: never an NPE, a ClassCastException or anything else.
 */
class DecodingPropertiesTest {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    enum Op {
        DROP,
        NULL,
        RETYPE
    }

    record Mutation(List<String> path, Op op, JsonNode value) {
        @Override
        public String toString() {
            return op + " " + String.join(".", path) + (op == Op.RETYPE ? " := " + value : "");
        }
    }

    static List<List<String>> paths(String example, String... nestedObjects) {
        ObjectNode body = Examples.object(example);
        List<List<String>> paths = new ArrayList<>();
        for (String name : body.propertyNames()) {
            paths.add(List.of(name));
        }
        for (String nested : nestedObjects) {
            for (String name : body.get(nested).propertyNames()) {
                paths.add(List.of(nested, name));
            }
        }
        paths.add(List.of("brand_new_field"));
        return paths;
    }

    static final String[] STRINGS = {
        "",
        " ",
        "0",
        "-1",
        "12.50",
        "1e3",
        "1e999999999",
        "1e-999999999",
        "NaN",
        "true",
        "false",
        "yes",
        "2026-01-19T18:39:14.529435Z",
        "2026-01-19T18:39:14+00:00",
        "2026-13-45T99:99:99Z",
        "2026-01-19",
        "not a date",
        "{}",
        "null"
    };

    /** Any JSON value the API might send where another was documented. */
    static JsonNode anyJsonValue(SplittableRandom r) {
        return switch (r.nextInt(12)) {
            case 0 -> NODES.stringNode(randomString(r));
            case 1 -> NODES.stringNode(STRINGS[r.nextInt(STRINGS.length)]);
            case 2 -> NODES.numberNode(r.nextInt());
            case 3 -> NODES.numberNode(r.nextLong());
            case 4 ->
                NODES.numberNode(
                        new BigInteger(100, new java.util.Random(r.nextLong())).subtract(BigInteger.TEN.pow(29)));
            case 5 ->
                NODES.numberNode(
                        BigDecimal.valueOf(r.nextLong(-100_000_000_000_000_000L, 100_000_000_000_000_000L), 5));
            case 6 -> NODES.booleanNode(r.nextBoolean());
            case 7 -> NODES.numberNode(r.nextInt(3));
            // Fresh containers each time: a shared mutable node could be retyped into itself (a cycle).
            case 8 -> NODES.objectNode();
            case 9 -> NODES.objectNode().put("call_queue", "maybe");
            case 10 -> NODES.arrayNode();
            default -> NODES.arrayNode().add(1).add("two");
        };
    }

    static String randomString(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(13); i > 0; i--) {
            sb.append((char) r.nextInt(0x20, 0x2FF));
        }
        return sb.toString();
    }

    static List<Mutation> mutations(SplittableRandom r, List<List<String>> paths) {
        List<Mutation> out = new ArrayList<>();
        for (int i = 1 + r.nextInt(6); i > 0; i--) {
            out.add(new Mutation(paths.get(r.nextInt(paths.size())), Op.values()[r.nextInt(3)], anyJsonValue(r)));
        }
        return out;
    }

    static byte[] apply(String example, List<Mutation> mutations) {
        ObjectNode body = Examples.object(example);
        for (Mutation m : mutations) {
            JsonNode parent = body;
            for (String step : m.path().subList(0, m.path().size() - 1)) {
                parent = parent.isArray() ? parent.get(Integer.parseInt(step)) : parent.get(step);
                if (parent == null) {
                    break;
                }
            }
            if (!(parent instanceof ObjectNode object)) {
                continue; // an earlier mutation removed or retyped the enclosing object
            }
            String field = m.path().get(m.path().size() - 1);
            switch (m.op()) {
                case DROP -> object.remove(field);
                case NULL -> object.putNull(field);
                case RETYPE -> object.set(field, m.value());
            }
        }
        return Examples.toBytes(body);
    }

    static void decodesOrFailsTyped(byte[] body, Function<byte[], ?> decoder, String type) {
        Object decoded;
        try {
            decoded = decoder.apply(body);
        } catch (DecodingException e) {
            assertThat(e.targetType()).isEqualTo(type);
            assertThat(e.field())
                    .as("a valid JSON object fails on a named field")
                    .isNotNull();
            assertThat(e.getMessage()).contains(e.field());
            return;
        }
        assertThat(decoded).isNotNull();
        assertThat(decoded.toString()).isNotEmpty();
    }

    @Test
    void mutatedAccountBodiesDecodeOrFailWithDecodingException() {
        List<List<String>> paths = paths("account-retrieve.json", "pricing_tier", "features");
        Seeded.forEach(
                "mutated account bodies",
                400,
                r -> decodesOrFailsTyped(
                        apply("account-retrieve.json", mutations(r, paths)),
                        Endpoints.RETRIEVE_ACCOUNT::decode,
                        "Account"));
    }

    @Test
    void mutatedPartnerBodiesDecodeOrFailWithDecodingException() {
        List<List<String>> paths = paths("partner-me.json");
        Seeded.forEach(
                "mutated partner bodies",
                200,
                r -> decodesOrFailsTyped(
                        apply("partner-me.json", mutations(r, paths)),
                        Endpoints.PARTNER_PROFILE::decode,
                        "PartnerProfile"));
    }

    @Test
    void mutatedCustomerPagesDecodeOrFailWithDecodingException() {
        ObjectNode page = Examples.object("partner-accounts-list.json");
        List<List<String>> paths = new ArrayList<>();
        page.propertyNames().forEach(n -> paths.add(List.of(n)));
        ObjectNode row = (ObjectNode) page.get("accounts").get(0);
        row.propertyNames().forEach(n -> paths.add(List.of("accounts", "0", n)));
        row.get("pricing_tier").propertyNames().forEach(n -> paths.add(List.of("accounts", "0", "pricing_tier", n)));
        Seeded.forEach(
                "mutated customer pages",
                300,
                r -> decodesOrFailsTyped(
                        apply("partner-accounts-list.json", mutations(r, paths)),
                        Endpoints.LIST_CUSTOMERS::decode,
                        "Page<Customer>"));
    }

    /** What decodes encodes back to a body that decodes to an equal value (the raw view aside). */
    @Test
    void decodeEncodeDecodeGivesAnEqualValue() {
        List<List<String>> accountPaths = paths("account-retrieve.json", "pricing_tier", "features");
        Seeded.forEach("decode, encode, decode", 300, r -> {
            byte[] body = apply("account-retrieve.json", mutations(r, accountPaths));
            Account first;
            try {
                first = Endpoints.RETRIEVE_ACCOUNT.decode(body);
            } catch (DecodingException e) {
                return; // covered above: only decodable bodies have a round trip
            }
            Account second = Endpoints.RETRIEVE_ACCOUNT.decode(RecordEncoder.body(first));
            assertThat(withoutRaw(second)).isEqualTo(withoutRaw(first));
        });
        for (String example : List.of("partner-me.json", "partner-me.openapi-example.json")) {
            PartnerProfile p = Endpoints.PARTNER_PROFILE.decode(Examples.bytes(example));
            assertThat(withoutRaw(Endpoints.PARTNER_PROFILE.decode(RecordEncoder.body(p))))
                    .isEqualTo(withoutRaw(p));
        }
        Customer c = Endpoints.LIST_CUSTOMERS
                .decode(Examples.bytes("partner-accounts-list.json"))
                .items()
                .get(0);
        Customer again = ai.vobiz.internal.json.RecordSchemas.of(Customer.class).decode(RecordEncoder.body(c));
        assertThat(withoutRaw(again)).isEqualTo(withoutRaw(c));
    }

    /** Found by the round trip (seed 3597782868237): an exponent decodes to the plain decimal it stands for. */
    @Test
    void anExponentDecodesToItsPlainDecimalAndRoundTrips() {
        ObjectNode body = Examples.object("account-retrieve.json");
        body.put("credit_limit", "1e3");
        Account a = Endpoints.RETRIEVE_ACCOUNT.decode(Examples.toBytes(body));
        assertThat(a.creditLimit()).isEqualTo(new BigDecimal("1000"));
        assertThat(withoutRaw(Endpoints.RETRIEVE_ACCOUNT.decode(RecordEncoder.body(a))))
                .isEqualTo(withoutRaw(a));
    }

    /** A copy of a record, and of the records it holds, with every raw view set to null. */
    @SuppressWarnings("unchecked")
    static <R> R withoutRaw(R value) {
        if (value instanceof List<?> list) {
            return (R) list.stream().map(DecodingPropertiesTest::withoutRaw).toList();
        }
        if (!(value instanceof Record record)) {
            return value;
        }
        RecordComponent[] cs = record.getClass().getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        try {
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                Object v = cs[i].getAccessor().invoke(record);
                args[i] = v instanceof RawJson ? null : withoutRaw(v);
            }
            return (R) record.getClass().getConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void cuttingTheTrailingNewlineKeepsTheBodyDecodableButCuttingTheBraceDoesNot() {
        byte[] full = Examples.bytes("account-retrieve.json");
        assertThat(Endpoints.RETRIEVE_ACCOUNT
                        .decode(Arrays.copyOf(full, full.length - 1))
                        .authId())
                .isEqualTo("MA_XXXXXXXX");
        assertThatThrownBy(() -> Endpoints.RETRIEVE_ACCOUNT.decode(Arrays.copyOf(full, full.length - 2)))
                .isInstanceOfSatisfying(
                        DecodingException.class, e -> assertThat(e.targetType()).isEqualTo("Account"));
    }

    @Test
    void truncatedBodiesFailWithDecodingException() {
        byte[] full = Examples.bytes("account-retrieve.json");
        for (int cut = 0; cut <= full.length; cut++) {
            byte[] body = Arrays.copyOf(full, cut);
            try {
                Account a = Endpoints.RETRIEVE_ACCOUNT.decode(body);
                // Only trailing whitespace (the file's final newline) may be cut from a body that still decodes.
                assertThat(new String(body, StandardCharsets.UTF_8).strip())
                        .isEqualTo(new String(full, StandardCharsets.UTF_8).strip());
                assertThat(a.authId()).isEqualTo("MA_XXXXXXXX");
            } catch (DecodingException e) {
                assertThat(e.targetType()).isEqualTo("Account");
            }
        }
    }

    @Test
    void arbitraryJsonValuesAsTheWholeBodyFailTypedOrDecode() {
        Seeded.forEach("arbitrary bodies", 200, r -> {
            JsonNode body = anyJsonValue(r);
            try {
                Endpoints.PARTNER_PROFILE.decode(Examples.toBytes(body));
                assertThat(body.isObject()).isTrue();
            } catch (DecodingException e) {
                assertThat(e.targetType()).isEqualTo("PartnerProfile");
            }
        });
    }
}
