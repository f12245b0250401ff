package ai.vobiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.vobiz.Examples;
import ai.vobiz.error.DecodingException;
import ai.vobiz.internal.json.DomainDecoders;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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

    static Arbitrary<JsonNode> anyJsonValue() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(NODES::stringNode),
                Arbitraries.of(
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
                                "null")
                        .map(NODES::stringNode),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) NODES.numberNode(l)),
                Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(NODES::numberNode),
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                        .ofScale(5)
                        .map(NODES::numberNode),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                Arbitraries.of(0, 1, 2).map(i -> (JsonNode) NODES.numberNode(i)),
                // Fresh containers each time: a shared mutable node could be retyped into itself (a cycle).
                Arbitraries.create(() -> (JsonNode) NODES.objectNode()),
                Arbitraries.create(() -> (JsonNode) NODES.objectNode().put("call_queue", "maybe")),
                Arbitraries.create(() -> (JsonNode) NODES.arrayNode()),
                Arbitraries.create(() -> (JsonNode) NODES.arrayNode().add(1).add("two")));
    }

    static Arbitrary<List<Mutation>> mutations(List<List<String>> paths) {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(paths), Arbitraries.of(Op.class), anyJsonValue())
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Mutation>> accountMutations() {
        return mutations(paths("account-retrieve.json", "pricing_tier", "features"));
    }

    @Provide
    Arbitrary<List<Mutation>> partnerMutations() {
        return mutations(paths("partner-me.json"));
    }

    static byte[] apply(String example, List<Mutation> mutations) {
        ObjectNode body = Examples.object(example);
        for (Mutation m : mutations) {
            JsonNode parent = body;
            for (String step : m.path().subList(0, m.path().size() - 1)) {
                parent = parent.get(step);
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

    static void decodesOrFailsTyped(byte[] body, Function<byte[], Record> decoder, String type) {
        Record decoded;
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

    @Property(tries = 400)
    void mutatedAccountBodiesDecodeOrFailWithDecodingException(@ForAll("accountMutations") List<Mutation> mutations) {
        decodesOrFailsTyped(apply("account-retrieve.json", mutations), DomainDecoders::account, "Account");
    }

    @Property(tries = 200)
    void mutatedPartnerBodiesDecodeOrFailWithDecodingException(@ForAll("partnerMutations") List<Mutation> mutations) {
        decodesOrFailsTyped(apply("partner-me.json", mutations), DomainDecoders::partnerProfile, "PartnerProfile");
    }

    @Example
    void cuttingTheTrailingNewlineKeepsTheBodyDecodableButCuttingTheBraceDoesNot() {
        byte[] full = Examples.bytes("account-retrieve.json");
        assertThat(DomainDecoders.account(Arrays.copyOf(full, full.length - 1)).authId())
                .isEqualTo("MA_XXXXXXXX");
        assertThatThrownBy(() -> DomainDecoders.account(Arrays.copyOf(full, full.length - 2)))
                .isInstanceOfSatisfying(
                        DecodingException.class, e -> assertThat(e.targetType()).isEqualTo("Account"));
    }

    @Property(tries = 200)
    void truncatedBodiesFailWithDecodingException(@ForAll @IntRange(min = 0, max = 1700) int cut) {
        byte[] full = Examples.bytes("account-retrieve.json");
        byte[] body = Arrays.copyOf(full, Math.min(cut, full.length));
        try {
            Account a = DomainDecoders.account(body);
            // Only trailing whitespace (the file's final newline) may be cut from a body that still decodes.
            assertThat(new String(body, StandardCharsets.UTF_8).strip())
                    .isEqualTo(new String(full, StandardCharsets.UTF_8).strip());
            assertThat(a.authId()).isEqualTo("MA_XXXXXXXX");
        } catch (DecodingException e) {
            assertThat(e.targetType()).isEqualTo("Account");
        }
    }

    @Property(tries = 200)
    void arbitraryJsonValuesAsTheWholeBodyFailTypedOrDecode(@ForAll("anyBody") JsonNode body) {
        try {
            DomainDecoders.partnerProfile(Examples.toBytes(body));
            assertThat(body.isObject()).isTrue();
        } catch (DecodingException e) {
            assertThat(e.targetType()).isEqualTo("PartnerProfile");
        }
    }

    @Provide
    Arbitrary<JsonNode> anyBody() {
        return anyJsonValue();
    }
}
