package ai.vobiz.internal.json;

import ai.vobiz.domain.Account;
import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.PricingTier;
import ai.vobiz.domain.RawJson;
import java.util.Set;

/** Body -> model decoders for the typed endpoints. Field names are the API's, as documented in DIGEST §2.2 / §3.2. */
public final class DomainDecoders {
    private DomainDecoders() {}

    static final Set<String> PRICING_TIER_FIELDS = Set.of(
            "id",
            "name",
            "description",
            "currency",
            "rate_per_minute",
            "billing_increment_seconds",
            "minimum_duration_seconds",
            "is_active",
            "is_default");

    static final Set<String> ACCOUNT_FIELDS = Set.of(
            "type",
            "id",
            "api_id",
            "name",
            "email",
            "phone",
            "description",
            "auth_id",
            "auth_secret",
            "auth_token_expire_time",
            "country",
            "timezone",
            "city",
            "state",
            "address",
            "zip_code",
            "company",
            "account_type",
            "postpaid",
            "auto_recharge",
            "auto_recharge_config",
            "enabled",
            "carrier_type",
            "customer_type",
            "credit_limit",
            "cps_limit",
            "concurrent_calls_limit",
            "base_cps_limit",
            "base_concurrent_calls_limit",
            "purchased_cps",
            "purchased_concurrent_calls",
            "risk_rating",
            "risk_status",
            "features",
            "ip_auth_enabled",
            "ip_whitelist_rules",
            "allow_aws_ips",
            "role",
            "is_active",
            "is_verified",
            "is_trial_account",
            "created_at",
            "updated_at",
            "last_login",
            "pricing_tier_id",
            "pricing_tier");

    static final Set<String> PARTNER_FIELDS = Set.of(
            "id",
            "account_id",
            "name",
            "slug",
            "company",
            "auth_id",
            "email",
            "phone",
            "billing_model",
            "is_active",
            "is_verified",
            "max_accounts",
            "can_create_accounts",
            "can_create_pricing_tiers",
            "can_view_cdrs",
            "can_transfer_balance",
            "default_pricing_tier_id",
            "account_count",
            "balance",
            "currency",
            "country",
            "created_at",
            "updated_at");

    public static Account account(byte[] body) {
        return account(JsonCodec.readObject(body, "Account"));
    }

    public static PartnerProfile partnerProfile(byte[] body) {
        return partnerProfile(JsonCodec.readObject(body, "PartnerProfile"));
    }

    static PricingTier pricingTier(LenientObject o) {
        return new PricingTier(
                o.string("id"),
                o.string("name"),
                o.string("description"),
                o.string("currency"),
                o.decimal("rate_per_minute"),
                o.integer("billing_increment_seconds"),
                o.integer("minimum_duration_seconds"),
                o.bool("is_active"),
                o.bool("is_default"),
                new RawJson(o.node(), PRICING_TIER_FIELDS));
    }

    static Account account(LenientObject o) {
        return new Account(
                o.string("type"),
                o.string("id"),
                o.string("api_id"),
                o.string("name"),
                o.string("email"),
                o.string("phone"),
                o.string("description"),
                o.string("auth_id"),
                o.string("auth_secret"),
                o.timestamp("auth_token_expire_time"),
                o.string("country"),
                o.string("timezone"),
                o.string("city"),
                o.string("state"),
                o.string("address"),
                o.string("zip_code"),
                o.string("company"),
                o.string("account_type"),
                o.bool("postpaid"),
                o.bool("auto_recharge"),
                o.json("auto_recharge_config"),
                o.bool("enabled"),
                o.string("carrier_type"),
                o.string("customer_type"),
                o.decimal("credit_limit"),
                o.integer("cps_limit"),
                o.integer("concurrent_calls_limit"),
                o.integer("base_cps_limit"),
                o.integer("base_concurrent_calls_limit"),
                o.integer("purchased_cps"),
                o.integer("purchased_concurrent_calls"),
                o.integer("risk_rating"),
                o.string("risk_status"),
                o.booleanMap("features"),
                o.bool("ip_auth_enabled"),
                o.json("ip_whitelist_rules"),
                o.bool("allow_aws_ips"),
                o.string("role"),
                o.bool("is_active"),
                o.bool("is_verified"),
                o.bool("is_trial_account"),
                o.timestamp("created_at"),
                o.timestamp("updated_at"),
                o.timestamp("last_login"),
                o.string("pricing_tier_id"),
                o.object("pricing_tier", DomainDecoders::pricingTier),
                new RawJson(o.node(), ACCOUNT_FIELDS));
    }

    static PartnerProfile partnerProfile(LenientObject o) {
        return new PartnerProfile(
                o.string("id"),
                o.longInteger("account_id"),
                o.string("name"),
                o.string("slug"),
                o.string("company"),
                o.string("auth_id"),
                o.string("email"),
                o.string("phone"),
                o.string("billing_model"),
                o.bool("is_active"),
                o.bool("is_verified"),
                o.integer("max_accounts"),
                o.bool("can_create_accounts"),
                o.bool("can_create_pricing_tiers"),
                o.bool("can_view_cdrs"),
                o.bool("can_transfer_balance"),
                o.string("default_pricing_tier_id"),
                o.integer("account_count"),
                o.decimal("balance"),
                o.string("currency"),
                o.string("country"),
                o.timestamp("created_at"),
                o.timestamp("updated_at"),
                new RawJson(o.node(), PARTNER_FIELDS));
    }
}
