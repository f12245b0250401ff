package ai.vobiz.testkit.server;

import ai.vobiz.endpoint.Endpoints;
import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import ai.vobiz.testkit.state.FakeCustomer;
import ai.vobiz.testkit.state.FakePartner;
import ai.vobiz.testkit.state.FakeState;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creating customers and signing in to the partner console, as the public Vobiz docs describe them (partner API,
 * "customers" and "authentication" pages; docs/api-digest.md §3.5, §3.1):
 *
 * <ul>
 *   <li>{@link Endpoints#CREATE_CUSTOMER}: 201 with the new customer's id and token; 403 when the partner may not
 *       create accounts or has reached {@code max_accounts}; 422 (validation envelope) for a missing field, an email
 *       already used anywhere on the platform, or a password shorter than 8 characters or without a digit or a
 *       special character. The customer starts with KYC pending and an empty wallet, and shows in the list at once.
 *   <li>{@link Endpoints#PARTNER_LOGIN}: a partner's email with {@link DemoData#PARTNER_CONSOLE_PASSWORD} gives a
 *       token; anything else the documented {@code invalid_credentials} body, with 401 (the docs give no status).
 * </ul>
 */
public final class PartnerAccessRoutes {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> REQUIRED = List.of("name", Fields.EMAIL, "password", "phone", "country");
    /** Wallet currency by country, as the docs give it (IN → INR); others keep the partner's currency. */
    private static final Map<String, String> CURRENCY_BY_COUNTRY = Map.of("IN", "INR");

    private PartnerAccessRoutes() {}

    public static List<Route> routes(FakeState state) {
        return List.of(
                Route.of(Endpoints.CREATE_CUSTOMER, Access.PARTNER, call -> create(state, call)),
                Route.of(Endpoints.PARTNER_LOGIN, Access.PARTNER, call -> login(state, call)));
    }

    static FakeResponse create(FakeState state, Route.Call call) {
        Optional<ObjectNode> parsed = object(call);
        if (parsed.isEmpty()) {
            return invalidJson(call);
        }
        ObjectNode body = parsed.get();
        List<ErrorBodies.FieldError> errors = new ArrayList<>();
        for (String field : REQUIRED) {
            if (!body.path(field).isString() || body.path(field).asString().isBlank()) {
                errors.add(new ErrorBodies.FieldError(field, field + " is required", "required", body.path(field)));
            }
        }
        String password = body.path("password").asString("");
        if (errors.isEmpty() && !strong(password)) {
            errors.add(new ErrorBodies.FieldError(
                    "password",
                    "password must have at least 8 characters, with a number and a special character",
                    "weak_password",
                    Json.object().stringNode("<redacted>")));
        }
        if (!errors.isEmpty()) {
            return ErrorBodies.validation(errors, call);
        }
        String email = body.get(Fields.EMAIL).asString();
        return state.atomically(tx -> {
            FakePartner partner =
                    tx.get(FakePartner.KIND, call.caller().authId()).orElseThrow();
            JsonNode profile = FakeState.render(partner);
            if (!profile.path("can_create_accounts").asBoolean(true)) {
                return ErrorBodies.envelope(403, "FORBIDDEN", "This partner may not create accounts", call);
            }
            int max = profile.path("max_accounts").asInt(Integer.MAX_VALUE);
            if (tx.children(FakeCustomer.KIND, partner.authId()).size() >= max) {
                return ErrorBodies.envelope(
                        403, "FORBIDDEN", "The partner has reached its max_accounts (" + max + ")", call);
            }
            boolean taken =
                    tx.all(FakeCustomer.KIND).stream().anyMatch(c -> c.email().equalsIgnoreCase(email));
            if (taken) {
                return ErrorBodies.validation(
                        List.of(new ErrorBodies.FieldError(
                                Fields.EMAIL, "email is already registered", "duplicate", body.get(Fields.EMAIL))),
                        call);
            }
            Instant now = tx.now();
            String authId = String.format(Locale.ROOT, "MA_NEW%05d", tx.nextNumber());
            String token = HexFormat.of().formatHex(RANDOM.generateSeed(16));
            String country = body.get("country").asString();
            FakeCustomer.Builder b = FakeCustomer.builder()
                    .authId(authId)
                    .authToken(token)
                    .partnerAuthId(partner.authId())
                    .name(body.get("name").asString())
                    .email(email)
                    .cashCredits(BigDecimal.ZERO);
            for (String optional : List.of(
                    "phone",
                    "country",
                    "company",
                    "description",
                    "address",
                    "city",
                    "state",
                    "zip_code",
                    "timezone",
                    "gstin",
                    "gst_status",
                    "account_type")) {
                JsonNode v = body.get(optional);
                b.field(optional, v != null && v.isString() ? v : Json.object().nullNode());
            }
            b.field("kyc_status", "pending").field("is_verified", Json.object().booleanNode(false));
            b.field(Fields.CREATED_AT, Timestamps.microsOffset(now))
                    .field(Fields.UPDATED_AT, Timestamps.microsOffset(now));
            b.field("last_login", Json.object().nullNode());
            FakeCustomer created = tx.put(b.build());
            ObjectNode out = Json.object();
            out.put(Fields.AUTH_ID, created.authId());
            out.put(Fields.AUTH_TOKEN, token);
            out.put(Fields.NAME, created.name());
            out.put(Fields.EMAIL, email);
            out.put(Fields.STATUS, "active");
            out.put(Fields.BALANCE, new BigDecimal("0.00"));
            out.put(Fields.CURRENCY, CURRENCY_BY_COUNTRY.getOrDefault(country, partner.currency()));
            out.put("country", country);
            out.put(Fields.CREATED_AT, Timestamps.seconds(now));
            return FakeResponse.json(201, out);
        });
    }

    static FakeResponse login(FakeState state, Route.Call call) {
        Optional<ObjectNode> parsed = object(call);
        if (parsed.isEmpty()) {
            return invalidJson(call);
        }
        String email = parsed.get().path(Fields.EMAIL).asString("");
        String password = parsed.get().path("password").asString("");
        boolean known = state.partners().stream()
                .anyMatch(
                        p -> FakeState.render(p).path(Fields.EMAIL).asString("").equalsIgnoreCase(email));
        if (!known || !DemoData.PARTNER_CONSOLE_PASSWORD.equals(password)) {
            ObjectNode error = Json.object();
            error.put("error", "invalid_credentials");
            error.put("message", "The email or password you provided is incorrect.");
            return FakeResponse.json(401, error);
        }
        ObjectNode out = Json.object();
        ObjectNode tokens = out.putObject("tokens");
        tokens.put("access_token", "eyJhbGciOiJIUzI1NiJ9.fake." + HexFormat.of().formatHex(RANDOM.generateSeed(12)));
        tokens.put("token_type", "Bearer");
        tokens.put("expires_in", 3600);
        return FakeResponse.json(200, out);
    }

    private static boolean strong(String password) {
        return password.length() >= 8 && password.matches(".*\\d.*") && password.matches(".*[^A-Za-z0-9].*");
    }

    private static Optional<ObjectNode> object(Route.Call call) {
        try {
            JsonNode parsed = Json.EXACT.readTree(call.request().body());
            return parsed instanceof ObjectNode obj ? Optional.of(obj) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static FakeResponse invalidJson(Route.Call call) {
        return ErrorBodies.envelope(400, ErrorBodies.codeFor(400), "The request body must be a JSON object", call);
    }
}
