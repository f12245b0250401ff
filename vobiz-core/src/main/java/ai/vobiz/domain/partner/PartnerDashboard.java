package ai.vobiz.domain.partner;

import ai.vobiz.domain.PartnerProfile;
import ai.vobiz.domain.RawJson;
import ai.vobiz.internal.Redaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /api/v1/partner/dashboard} and of {@code GET /api/v1/partner/analytics} (docs/api-digest.md
 * §3.3, §3.4): the partner, the window, its customers, their combined wallets and their calls in the window.
 *
 * <p>The docs give three incompatible bodies for the dashboard (§5 item 20); this models the current one. Every
 * component is null when absent, so the OpenAPI-example body ({@code total_customers}, {@code total_balance_held}…) and
 * the legacy one ({@code active_accounts}, {@code calls_today}…) decode too, their fields reachable through
 * {@link #raw()}; the legacy {@code total_balance} (a number there) lands in {@link #totalBalance()}. In the current
 * body {@code partner.balance} is null: {@link #totalBalance()} is the customers' wallets, exact, scale kept.
 */
public record PartnerDashboard(
        @Nullable PartnerProfile partner,
        @Nullable Period period,
        @Nullable Accounts accounts,
        @Nullable BigDecimal totalBalance,
        @Nullable String currency,
        @Nullable CallStats calls,
        @Nullable Traffic traffic,
        @Nullable Products byProduct,
        @Nullable List<DailyCalls> timeSeries,
        @Nullable RawJson raw) {

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /** The window, both days inclusive. */
    public record Period(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable RawJson raw) {}

    /** The partner's customers: how many, how many active, and each in brief. */
    public record Accounts(
            @Nullable Integer total,
            @Nullable Integer active,
            @Nullable List<CustomerBrief> customers,
            @Nullable RawJson raw) {}

    /** A customer in the dashboard's list. */
    public record CustomerBrief(
            @Nullable String authId,
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable Boolean isActive,
            @Nullable OffsetDateTime createdAt,
            @Nullable RawJson raw) {}

    /**
     * Calls in the window: counts, minutes and cost (a decimal string on the wire, exact here). A per-day direction
     * leaves {@link #totalCost()} null: the docs give it no cost.
     */
    public record CallStats(
            @Nullable Long totalCalls,
            @Nullable Long answeredCalls,
            @Nullable BigDecimal totalMinutes,
            @Nullable BigDecimal totalCost,
            @Nullable RawJson raw) {}

    /** Calls by direction. */
    public record Traffic(
            @Nullable CallStats inbound,
            @Nullable CallStats outbound,
            @Nullable RawJson raw) {}

    /** Calls by product ({@code sip_trunking.total_minutes} is an integer on the wire, the others decimals). */
    public record Products(
            @Nullable CallStats sipTrunking,
            @Nullable CallStats voiceApi,
            @Nullable RawJson raw) {}

    /** One day of the window. */
    public record DailyCalls(
            @Nullable LocalDate date,
            @Nullable Long totalCalls,
            @Nullable Long answeredCalls,
            @Nullable BigDecimal totalMinutes,
            @Nullable BigDecimal totalCost,
            @Nullable CallStats inbound,
            @Nullable CallStats outbound,
            @Nullable RawJson raw) {}
}
