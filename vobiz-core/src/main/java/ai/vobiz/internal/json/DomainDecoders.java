package ai.vobiz.internal.json;

import static ai.vobiz.internal.json.StreamingSchema.Kind.BOOL;
import static ai.vobiz.internal.json.StreamingSchema.Kind.BOOL_MAP;
import static ai.vobiz.internal.json.StreamingSchema.Kind.DECIMAL;
import static ai.vobiz.internal.json.StreamingSchema.Kind.INT;
import static ai.vobiz.internal.json.StreamingSchema.Kind.JSON;
import static ai.vobiz.internal.json.StreamingSchema.Kind.LONG;
import static ai.vobiz.internal.json.StreamingSchema.Kind.STRING;
import static ai.vobiz.internal.json.StreamingSchema.Kind.TIMESTAMP;
import static ai.vobiz.internal.json.StreamingSchema.at;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.PricingTier;

/**
 * Body -> model decoders for the typed endpoints. Field names are the API's, as documented in DIGEST §2.2 / §3.2;
 * each schema lists them in the record's component order, so {@code at(v, i)} is component {@code i}.
 */
public final class DomainDecoders {
    private DomainDecoders() {}

    static final StreamingSchema<PricingTier> PRICING_TIER = StreamingSchema.<PricingTier>builder("Account")
            .field("id", STRING)
            .field("name", STRING)
            .field("description", STRING)
            .field("currency", STRING)
            .field("rate_per_minute", DECIMAL)
            .field("billing_increment_seconds", INT)
            .field("minimum_duration_seconds", INT)
            .field("is_active", BOOL)
            .field("is_default", BOOL)
            .build(v -> new PricingTier(
                    at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7), at(v, 8),
                    at(v, 9)));

    static final StreamingSchema<Account> ACCOUNT = StreamingSchema.<Account>builder("Account")
            .field("type", STRING)
            .field("id", STRING)
            .field("api_id", STRING)
            .field("name", STRING)
            .field("email", STRING)
            .field("phone", STRING)
            .field("description", STRING)
            .field("auth_id", STRING)
            .field("auth_secret", STRING)
            .field("auth_token_expire_time", TIMESTAMP)
            .field("country", STRING)
            .field("timezone", STRING)
            .field("city", STRING)
            .field("state", STRING)
            .field("address", STRING)
            .field("zip_code", STRING)
            .field("company", STRING)
            .field("account_type", STRING)
            .field("postpaid", BOOL)
            .field("auto_recharge", BOOL)
            .field("auto_recharge_config", JSON)
            .field("enabled", BOOL)
            .field("carrier_type", STRING)
            .field("customer_type", STRING)
            .field("credit_limit", DECIMAL)
            .field("cps_limit", INT)
            .field("concurrent_calls_limit", INT)
            .field("base_cps_limit", INT)
            .field("base_concurrent_calls_limit", INT)
            .field("purchased_cps", INT)
            .field("purchased_concurrent_calls", INT)
            .field("risk_rating", INT)
            .field("risk_status", STRING)
            .field("features", BOOL_MAP)
            .field("ip_auth_enabled", BOOL)
            .field("ip_whitelist_rules", JSON)
            .field("allow_aws_ips", BOOL)
            .field("role", STRING)
            .field("is_active", BOOL)
            .field("is_verified", BOOL)
            .field("is_trial_account", BOOL)
            .field("created_at", TIMESTAMP)
            .field("updated_at", TIMESTAMP)
            .field("last_login", TIMESTAMP)
            .field("pricing_tier_id", STRING)
            .object("pricing_tier", PRICING_TIER)
            .build(v -> new Account(
                    at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7), at(v, 8), at(v, 9),
                    at(v, 10), at(v, 11), at(v, 12), at(v, 13), at(v, 14), at(v, 15), at(v, 16), at(v, 17), at(v, 18),
                    at(v, 19), at(v, 20), at(v, 21), at(v, 22), at(v, 23), at(v, 24), at(v, 25), at(v, 26), at(v, 27),
                    at(v, 28), at(v, 29), at(v, 30), at(v, 31), at(v, 32), at(v, 33), at(v, 34), at(v, 35), at(v, 36),
                    at(v, 37), at(v, 38), at(v, 39), at(v, 40), at(v, 41), at(v, 42), at(v, 43), at(v, 44), at(v, 45),
                    at(v, 46)));

    static final StreamingSchema<PartnerProfile> PARTNER_PROFILE = StreamingSchema.<PartnerProfile>builder(
                    "PartnerProfile")
            .field("id", STRING)
            .field("account_id", LONG)
            .field("name", STRING)
            .field("slug", STRING)
            .field("company", STRING)
            .field("auth_id", STRING)
            .field("email", STRING)
            .field("phone", STRING)
            .field("billing_model", STRING)
            .field("is_active", BOOL)
            .field("is_verified", BOOL)
            .field("max_accounts", INT)
            .field("can_create_accounts", BOOL)
            .field("can_create_pricing_tiers", BOOL)
            .field("can_view_cdrs", BOOL)
            .field("can_transfer_balance", BOOL)
            .field("default_pricing_tier_id", STRING)
            .field("account_count", INT)
            .field("balance", DECIMAL)
            .field("currency", STRING)
            .field("country", STRING)
            .field("created_at", TIMESTAMP)
            .field("updated_at", TIMESTAMP)
            .build(v -> new PartnerProfile(
                    at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7), at(v, 8), at(v, 9),
                    at(v, 10), at(v, 11), at(v, 12), at(v, 13), at(v, 14), at(v, 15), at(v, 16), at(v, 17), at(v, 18),
                    at(v, 19), at(v, 20), at(v, 21), at(v, 22), at(v, 23)));

    public static Account account(byte[] body) {
        return ACCOUNT.decode(body);
    }

    public static PartnerProfile partnerProfile(byte[] body) {
        return PARTNER_PROFILE.decode(body);
    }
}
