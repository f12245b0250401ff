package ai.vobiz.domain;

import static ai.vobiz.Examples.object;
import static ai.vobiz.Examples.toBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.vobiz.Examples;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.error.DecodingException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class AccountDecodingTest {

    static Account decode(ObjectNode body) {
        return Endpoints.RETRIEVE_ACCOUNT.decode(toBytes(body));
    }

    @Test
    void decodesEveryFieldOfTheDocumentedNarrativeExample() {
        Account a = Endpoints.RETRIEVE_ACCOUNT.decode(Examples.bytes("account-retrieve.json"));

        assertThat(a.type()).isEqualTo("account");
        assertThat(a.id()).isEqualTo("500000");
        assertThat(a.apiId()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        assertThat(a.name()).isEqualTo("Acme Corp");
        assertThat(a.email()).isEqualTo("admin@example.com");
        assertThat(a.phone()).isEqualTo("+919876543210");
        assertThat(a.description()).isNull();
        assertThat(a.authId()).isEqualTo("MA_XXXXXXXX");
        assertThat(a.authSecret()).isEqualTo("<redacted>");
        assertThat(a.authTokenExpireTime()).isNull();
        assertThat(a.country()).isEqualTo("IN");
        assertThat(a.timezone()).isEqualTo("Asia/Kolkata");
        assertThat(a.city()).isEqualTo("Bengaluru");
        assertThat(a.state()).isEqualTo("KA");
        assertThat(a.address()).isEqualTo("123 Example Street, Bengaluru");
        assertThat(a.zipCode()).isEqualTo("560001");
        assertThat(a.company()).isEqualTo("Acme Corp");
        assertThat(a.accountType()).isEqualTo("standard");
        assertThat(a.postpaid()).isFalse();
        assertThat(a.isPostpaid()).isFalse();
        assertThat(a.autoRecharge()).isTrue();
        assertThat(a.autoRechargeConfig()).isNull();
        assertThat(a.enabled()).isTrue();
        assertThat(a.carrierType()).isNull();
        assertThat(a.customerType()).isNull();
        assertThat(a.creditLimit()).isEqualTo(new BigDecimal("0.0"));
        assertThat(a.cpsLimit()).isEqualTo(11);
        assertThat(a.concurrentCallsLimit()).isEqualTo(10);
        assertThat(a.baseCpsLimit()).isEqualTo(1);
        assertThat(a.baseConcurrentCallsLimit()).isEqualTo(10);
        assertThat(a.purchasedCps()).isEqualTo(10);
        assertThat(a.purchasedConcurrentCalls()).isZero();
        assertThat(a.riskRating()).isZero();
        assertThat(a.riskStatus()).isNull();
        assertThat(a.features()).containsExactly(Map.entry("call_queue", true));
        assertThat(a.callQueueEnabled()).isTrue();
        assertThat(a.ipAuthEnabled()).isFalse();
        assertThat(a.ipWhitelistRules()).isNotNull();
        assertThat(a.ipWhitelistRules().isObject()).isTrue();
        assertThat(a.ipWhitelistRules().isEmpty()).isTrue();
        assertThat(a.allowAwsIps()).isFalse();
        assertThat(a.role()).isEqualTo("admin");
        assertThat(a.isActive()).isTrue();
        assertThat(a.isVerified()).isFalse();
        assertThat(a.isTrialAccount()).isFalse();
        assertThat(a.createdAt()).isEqualTo(OffsetDateTime.parse("2025-09-30T08:33:24.700542Z"));
        assertThat(a.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-05-12T05:41:41.892287Z"));
        assertThat(a.lastLogin()).isEqualTo(OffsetDateTime.parse("2026-05-12T05:41:42.601005Z"));
        assertThat(a.pricingTierId()).isEqualTo("11223344-5566-7788-99aa-bbccddeeff00");

        PricingTier t = a.pricingTier();
        assertThat(t).isNotNull();
        assertThat(t.id()).isEqualTo("11223344-5566-7788-99aa-bbccddeeff00");
        assertThat(t.name()).isEqualTo("Standard");
        assertThat(t.description()).isNull();
        assertThat(t.currency()).isEqualTo("INR");
        assertThat(t.ratePerMinute()).isEqualTo(new BigDecimal("0.45"));
        assertThat(t.billingIncrementSeconds()).isEqualTo(60);
        assertThat(t.minimumDurationSeconds()).isZero();
        assertThat(t.isActive()).isTrue();
        assertThat(t.isDefault()).isFalse();
    }

    @Test
    void modelsAll46DocumentedFields() {
        Account a = Endpoints.RETRIEVE_ACCOUNT.decode(Examples.bytes("account-retrieve.json"));
        assertThat(a.raw()).isNotNull();
        assertThat(a.raw().node().size()).isEqualTo(46);
        assertThat(a.raw().unknownFields()).isEmpty();
        assertThat(a.pricingTier().raw().unknownFields()).isEmpty();
        List<String> components = Arrays.stream(Account.class.getRecordComponents())
                .map(RecordComponent::getName)
                .filter(n -> !n.equals("raw"))
                .toList();
        assertThat(components).hasSize(46);
    }

    @Test
    void decodesTheOpenApiExampleWithAnIntegerCreditLimit() {
        Account narrative = Endpoints.RETRIEVE_ACCOUNT.decode(Examples.bytes("account-retrieve.json"));
        Account openapi = Endpoints.RETRIEVE_ACCOUNT.decode(Examples.bytes("account-retrieve.openapi-example.json"));
        assertThat(openapi.creditLimit()).isEqualTo(BigDecimal.ZERO);
        assertThat(openapi.creditLimit().scale()).isZero();
        assertThat(openapi.raw().unknownFields()).isEmpty();
        assertThat(openapi)
                .usingRecursiveComparison()
                .ignoringFields("creditLimit", "raw", "pricingTier.raw")
                .isEqualTo(narrative);
    }

    static Stream<Object[]> creditLimits() {
        return Stream.of(
                new Object[] {"\"100.00\"", "100.00"},
                new Object[] {"0", "0"},
                new Object[] {"0.0", "0.0"},
                new Object[] {"1000.5", "1000.5"},
                new Object[] {"1000", "1000"},
                new Object[] {"\"0\"", "0"},
                new Object[] {"12345678901234567890.123456789", "12345678901234567890.123456789"},
                new Object[] {"-250.75", "-250.75"});
    }

    @ParameterizedTest(name = "credit_limit {0}")
    @MethodSource("creditLimits")
    void creditLimitIsExactMoneyWithItsScale(String json, String expected) {
        ObjectNode body = object("account-retrieve.json");
        body.set("credit_limit", ai.vobiz.internal.json.JsonCodec.MAPPER.readTree(json));
        BigDecimal creditLimit = decode(body).creditLimit();
        assertThat(creditLimit).isEqualTo(new BigDecimal(expected));
        assertThat(creditLimit.scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @Test
    void ratePerMinuteAsLegacyStringKeepsItsScale() {
        ObjectNode body = object("account-retrieve.json");
        ((ObjectNode) body.get("pricing_tier")).put("rate_per_minute", "0.4500");
        assertThat(decode(body).pricingTier().ratePerMinute()).isEqualTo(new BigDecimal("0.4500"));
    }

    static Stream<String> documentedFieldNames() {
        List<String> names = new ArrayList<>(object("account-retrieve.json").propertyNames());
        return names.stream();
    }

    @ParameterizedTest(name = "{0} absent")
    @MethodSource("documentedFieldNames")
    void anyFieldMayBeAbsent(String field) {
        ObjectNode body = object("account-retrieve.json");
        body.remove(field);
        Account a = decode(body);
        assertThat(a.raw().get(field)).isEmpty();
        assertThat(componentFor(a, field)).isNull();
    }

    @ParameterizedTest(name = "{0} null")
    @MethodSource("documentedFieldNames")
    void anyFieldMayBeNull(String field) {
        ObjectNode body = object("account-retrieve.json");
        body.putNull(field);
        Account a = decode(body);
        assertThat(a.raw().get(field))
                .hasValueSatisfying(n -> assertThat(n.isNull()).isTrue());
        assertThat(componentFor(a, field)).isNull();
    }

    @ParameterizedTest(name = "pricing_tier.{0} absent or null")
    @ValueSource(
            strings = {
                "id",
                "name",
                "description",
                "currency",
                "rate_per_minute",
                "billing_increment_seconds",
                "minimum_duration_seconds",
                "is_active",
                "is_default"
            })
    void anyPricingTierFieldMayBeAbsentOrNull(String field) {
        ObjectNode absent = object("account-retrieve.json");
        ((ObjectNode) absent.get("pricing_tier")).remove(field);
        assertThat(componentFor(decode(absent).pricingTier(), field)).isNull();
        ObjectNode nulled = object("account-retrieve.json");
        ((ObjectNode) nulled.get("pricing_tier")).putNull(field);
        assertThat(componentFor(decode(nulled).pricingTier(), field)).isNull();
    }

    @Test
    void anEmptyObjectDecodesToAllNulls() {
        Account a = Endpoints.RETRIEVE_ACCOUNT.decode("{}".getBytes());
        for (RecordComponent c : Account.class.getRecordComponents()) {
            if (!c.getName().equals("raw")) {
                assertThat(componentFor(a, snake(c.getName()))).as(c.getName()).isNull();
            }
        }
        assertThat(a.isPostpaid()).isFalse();
        assertThat(a.callQueueEnabled()).isNull();
    }

    @Test
    void unknownFieldsStayReachable() {
        ObjectNode body = object("account-retrieve.json");
        body.put("brand_new_field", "hello");
        body.putObject("nested_new").put("depth", 2);
        ((ObjectNode) body.get("pricing_tier")).put("streaming_rate", "0.10");
        ((ObjectNode) body.get("features")).put("new_flag", false).put("not_a_flag", "maybe");

        Account a = decode(body);

        assertThat(a.raw().unknownFields()).containsOnlyKeys("brand_new_field", "nested_new");
        assertThat(a.raw().get("brand_new_field"))
                .hasValueSatisfying(n -> assertThat(n.asString()).isEqualTo("hello"));
        assertThat(a.raw().node().get("nested_new").get("depth").intValue()).isEqualTo(2);
        assertThat(a.pricingTier().raw().unknownFields()).containsOnlyKeys("streaming_rate");
        assertThat(a.features()).containsEntry("new_flag", false).doesNotContainKey("not_a_flag");
        assertThat(a.raw().node().get("features").get("not_a_flag").asString()).isEqualTo("maybe");
        assertThat(a.raw().get("absent")).isEmpty();
    }

    @Test
    void lenientScalarsConvertWithoutLoss() {
        ObjectNode body = object("account-retrieve.json");
        body.put("cps_limit", "11");
        body.put("postpaid", "true");
        body.put("enabled", 0);
        body.put("id", 500000);
        body.put("description", "");
        body.putArray("ip_whitelist_rules").add("10.0.0.0/8");
        body.put("credit_limit", " ");
        Account a = decode(body);
        assertThat(a.cpsLimit()).isEqualTo(11);
        assertThat(a.postpaid()).isTrue();
        assertThat(a.enabled()).isFalse();
        assertThat(a.id()).isEqualTo("500000");
        assertThat(a.description()).isEmpty();
        assertThat(a.ipWhitelistRules().isArray()).isTrue();
        assertThat(a.creditLimit()).isNull();
    }

    @Test
    void aFieldThatCannotBeConvertedNamesItselfAndShowsASnippet() {
        ObjectNode body = object("account-retrieve.json");
        body.put("credit_limit", "lots");
        DecodingException e = catchThrowableOfType(DecodingException.class, () -> decode(body));
        assertThat(e.field()).isEqualTo("credit_limit");
        assertThat(e.targetType()).isEqualTo("Account");
        assertThat(e.getMessage()).contains("credit_limit").contains("lots");
        assertThat(e.snippet()).startsWith("{").hasSizeLessThanOrEqualTo(121);
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        ObjectNode body = object("account-retrieve.json");
        ((ObjectNode) body.get("pricing_tier")).put("billing_increment_seconds", 1.5);
        assertThatThrownBy(() -> decode(body))
                .isInstanceOfSatisfying(
                        DecodingException.class,
                        e -> assertThat(e.field()).isEqualTo("pricing_tier.billing_increment_seconds"));
    }

    @Test
    void rejectsWrongShapesWithTypedErrors() {
        ObjectNode retyped = object("account-retrieve.json");
        retyped.putArray("pricing_tier");
        assertThatThrownBy(() -> decode(retyped))
                .isInstanceOfSatisfying(
                        DecodingException.class, e -> assertThat(e.field()).isEqualTo("pricing_tier"));
        ObjectNode badDate = object("account-retrieve.json");
        badDate.put("created_at", "yesterday");
        assertThatThrownBy(() -> decode(badDate))
                .isInstanceOfSatisfying(
                        DecodingException.class, e -> assertThat(e.field()).isEqualTo("created_at"));
        ObjectNode overflow = object("account-retrieve.json");
        overflow.put("cps_limit", 3_000_000_000L);
        assertThatThrownBy(() -> decode(overflow))
                .isInstanceOfSatisfying(
                        DecodingException.class, e -> assertThat(e.field()).isEqualTo("cps_limit"));
        ObjectNode hugeExponent = object("account-retrieve.json");
        hugeExponent.put("cps_limit", "1e999999999");
        assertThatThrownBy(() -> decode(hugeExponent)).isInstanceOf(DecodingException.class);
        ObjectNode tinyExponent = object("account-retrieve.json");
        tinyExponent.put("cps_limit", "1e-999999999");
        assertThatThrownBy(() -> decode(tinyExponent)).isInstanceOf(DecodingException.class);
        ObjectNode hugeMoney = object("account-retrieve.json");
        hugeMoney.put("credit_limit", "1e999999999");
        assertThatThrownBy(() -> decode(hugeMoney)).isInstanceOf(DecodingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[]", "\"account\"", "null", "42", "{\"type\": ", "<html>oops</html>"})
    void unreadableBodiesFailWithDecodingException(String body) {
        assertThatThrownBy(() -> Endpoints.RETRIEVE_ACCOUNT.decode(body.getBytes()))
                .isInstanceOfSatisfying(DecodingException.class, e -> {
                    assertThat(e.targetType()).isEqualTo("Account");
                    assertThat(e.field()).isNull();
                    assertThat(e.getMessage()).startsWith("cannot decode Account");
                });
    }

    /** The decoded value of the component for a snake_case JSON field, via the record accessor. */
    static Object componentFor(Record r, String jsonField) {
        String camel = camel(jsonField);
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(camel)) {
                try {
                    return c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no component for " + jsonField + " in " + r.getClass());
    }

    static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
