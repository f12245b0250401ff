package ai.vobiz.domain;

import static ai.vobiz.Examples.object;
import static ai.vobiz.Examples.toBytes;
import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.Examples;
import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.internal.json.JsonCodec;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class PartnerProfileDecodingTest {

    static PartnerProfile decode(ObjectNode body) {
        return Endpoints.PARTNER_PROFILE.decode(toBytes(body));
    }

    @Test
    void decodesEveryFieldOfTheDocumentedNarrativeExample() {
        PartnerProfile p = Endpoints.PARTNER_PROFILE.decode(Examples.bytes("partner-me.json"));
        assertThat(p.id()).isEqualTo("aabbccdd-1234-5678-90ab-cdef12345678");
        assertThat(p.accountId()).isEqualTo(500000L);
        assertThat(p.name()).isEqualTo("John Doe");
        assertThat(p.slug()).isEqualTo("acme-partner");
        assertThat(p.company()).isEqualTo("Acme Corp");
        assertThat(p.authId()).isEqualTo("PA_XXXXXXXX");
        assertThat(p.email()).isEqualTo("admin@example.com");
        assertThat(p.phone()).isEqualTo("+919876543210");
        assertThat(p.billingModel()).isEqualTo("direct");
        assertThat(p.isActive()).isTrue();
        assertThat(p.isVerified()).isFalse();
        assertThat(p.maxAccounts()).isEqualTo(1000);
        assertThat(p.canCreateAccounts()).isTrue();
        assertThat(p.canCreatePricingTiers()).isTrue();
        assertThat(p.canViewCdrs()).isTrue();
        assertThat(p.canTransferBalance()).isTrue();
        assertThat(p.defaultPricingTierId()).isEqualTo("11223344-1234-5678-90ab-cdef12345678");
        assertThat(p.accountCount()).isEqualTo(23);
        assertThat(p.balance()).isEqualTo(new BigDecimal("23906.83000"));
        assertThat(p.balance().scale()).isEqualTo(5);
        assertThat(p.currency()).isNull();
        assertThat(p.country()).isNull();
        assertThat(p.createdAt()).isEqualTo(OffsetDateTime.parse("2026-01-19T18:39:14.529435Z"));
        assertThat(p.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-05-11T13:31:06.283235Z"));
        assertThat(p.raw().unknownFields()).isEmpty();
        assertThat(p.raw().node().size()).isEqualTo(21);
    }

    @Test
    void hasThe21SchemaFieldsPlusCurrencyAndCountry() {
        assertThat(Arrays.stream(PartnerProfile.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .filter(n -> !n.equals("raw")))
                .hasSize(23)
                .contains("currency", "country");
    }

    @Test
    void decodesTheOpenApiExampleWhichOmitsMostFields() {
        PartnerProfile p = Endpoints.PARTNER_PROFILE.decode(Examples.bytes("partner-me.openapi-example.json"));
        assertThat(p.authId()).isEqualTo("PA_ABC123");
        assertThat(p.name()).isEqualTo("Acme Reseller");
        assertThat(p.email()).isEqualTo("partner@acme.com");
        assertThat(p.balance()).isEqualTo(new BigDecimal("50000"));
        assertThat(p.currency()).isEqualTo("INR");
        assertThat(p.country()).isEqualTo("IN");
        assertThat(p.createdAt()).isEqualTo(OffsetDateTime.of(2025, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(p.id()).isNull();
        assertThat(p.accountId()).isNull();
        assertThat(p.maxAccounts()).isNull();
        assertThat(p.canTransferBalance()).isNull();
        assertThat(p.updatedAt()).isNull();
        assertThat(p.raw().unknownFields()).isEmpty();
    }

    static Stream<Arguments> balances() {
        return Stream.of(
                Arguments.of("50000", "50000"),
                Arguments.of("\"23906.83000\"", "23906.83000"),
                Arguments.of("23906.83", "23906.83"),
                Arguments.of("48250.00", "48250.00"),
                Arguments.of("0.0", "0.0"),
                Arguments.of("\"0\"", "0"),
                Arguments.of("\"1003058.82000\"", "1003058.82000"));
    }

    @ParameterizedTest(name = "balance {0}")
    @MethodSource("balances")
    void balanceIsExactWhateverTheRepresentation(String json, String expected) {
        ObjectNode body = object("partner-me.json");
        body.set("balance", JsonCodec.MAPPER.readTree(json));
        BigDecimal balance = decode(body).balance();
        assertThat(balance.toString()).isEqualTo(expected);
        assertThat(balance.scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    static Stream<Arguments> timestamps() {
        OffsetDateTime base = OffsetDateTime.of(2026, 1, 19, 18, 39, 14, 0, ZoneOffset.UTC);
        return Stream.of(
                Arguments.of("2026-01-19T18:39:14Z", base),
                Arguments.of("2026-01-19T18:39:14+00:00", base),
                Arguments.of("2026-01-19T18:39:14.5Z", base.withNano(500_000_000)),
                Arguments.of("2026-01-19T18:39:14.52+00:00", base.withNano(520_000_000)),
                Arguments.of("2026-01-19T18:39:14.529Z", base.withNano(529_000_000)),
                Arguments.of("2026-01-19T18:39:14.5294+00:00", base.withNano(529_400_000)),
                Arguments.of("2026-01-19T18:39:14.52943Z", base.withNano(529_430_000)),
                Arguments.of("2026-01-19T18:39:14.529435Z", base.withNano(529_435_000)),
                Arguments.of("2026-01-19T18:39:14.529435+00:00", base.withNano(529_435_000)),
                Arguments.of(
                        "2026-01-20T00:09:14.529435+05:30",
                        OffsetDateTime.of(2026, 1, 20, 0, 9, 14, 529_435_000, ZoneOffset.ofHoursMinutes(5, 30))),
                Arguments.of("2026-01-19T18:39:14", base),
                Arguments.of("2026-01-19 18:39:14Z", base));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timestamps")
    void timestampsAcceptEveryDocumentedSpelling(String text, OffsetDateTime expected) {
        ObjectNode body = object("partner-me.json");
        body.put("created_at", text);
        body.put("updated_at", text);
        PartnerProfile p = decode(body);
        assertThat(p.createdAt()).isEqualTo(expected);
        assertThat(p.createdAt().toInstant()).isEqualTo(expected.toInstant());
        assertThat(p.updatedAt()).isEqualTo(expected);
    }

    @Test
    void unknownFieldsStayReachable() {
        ObjectNode body = object("partner-me.json");
        body.put("gstin", "29ABCDE1234F1Z5");
        body.put("tds_percentage", 2.5);
        PartnerProfile p = decode(body);
        assertThat(p.raw().unknownFields()).containsOnlyKeys("gstin", "tds_percentage");
        assertThat(p.raw().get("tds_percentage").orElseThrow().decimalValue()).isEqualByComparingTo("2.5");
        assertThat(p.raw().toString()).contains("gstin").doesNotContain("29ABCDE1234F1Z5");
    }
}
