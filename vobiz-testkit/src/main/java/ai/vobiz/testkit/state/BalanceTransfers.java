package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Decimals;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Balance transfers from a partner to one of its customers, as the public Vobiz docs describe them (partner API,
 * "balance" page): atomic, checked at submission, permanent. In one transaction of the store the partner's balance goes
 * down, the customer's {@code cash_credits} go up, and both ledgers get their row; a refused transfer changes nothing.
 * Checked in this order: the partner may transfer ({@code can_transfer_balance}), the customer is its own, the amount
 * is positive with at most five decimals, the currency is the partner's, the balance covers the amount.
 */
public final class BalanceTransfers {
    private BalanceTransfers() {}

    /** Why a transfer was refused. */
    public enum Refusal {
        /** The partner's {@code can_transfer_balance} is false (or the partner is gone). */
        NOT_PERMITTED,
        /** No such customer, or another partner's. */
        UNKNOWN_CUSTOMER,
        /** Zero, negative, or finer than the five decimals a wallet holds. */
        INVALID_AMOUNT,
        /** Not the partner's currency (no conversion is made). */
        CURRENCY_MISMATCH,
        /** More than the partner's balance. */
        INSUFFICIENT_BALANCE
    }

    /** What a transfer gave. */
    public sealed interface Result permits Completed, Refused {}

    /**
     * A completed transfer.
     *
     * @param transactionId the id both ledger rows carry ({@code txn_} and 12 hex digits)
     * @param partner the partner after the transfer
     * @param customer the customer after the transfer
     * @param amount the amount moved, exactly as requested
     * @param description the description written to the ledgers
     * @param at when it happened (the store's clock)
     */
    public record Completed(
            String transactionId,
            FakePartner partner,
            FakeCustomer customer,
            BigDecimal amount,
            String description,
            Instant at)
            implements Result {}

    /**
     * A refused transfer; nothing changed.
     *
     * @param refusal why
     * @param message a sentence for the error body
     * @param partner the partner as it is, when known
     */
    public record Refused(
            Refusal refusal, String message, @Nullable FakePartner partner) implements Result {}

    /**
     * Moves {@code amount} from the partner's balance to its customer's wallet, atomically.
     *
     * @param description written to both ledgers; null or blank: "Balance transfer"
     */
    public static Result transfer(
            FakeState state,
            String partnerAuthId,
            String customerAuthId,
            BigDecimal amount,
            String currency,
            @Nullable String description) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        String text = description == null || description.isBlank() ? Ledger.DEFAULT_DESCRIPTION : description;
        return state.atomically(tx -> {
            FakePartner partner = tx.get(FakePartner.KIND, partnerAuthId).orElse(null);
            if (partner == null || !partner.canTransferBalance()) {
                return new Refused(
                        Refusal.NOT_PERMITTED, "Balance transfers are not enabled for this partner", partner);
            }
            FakeCustomer customer = tx.get(FakeCustomer.KIND, customerAuthId)
                    .filter(c -> c.partnerAuthId().equals(partnerAuthId))
                    .orElse(null);
            if (customer == null) {
                return new Refused(Refusal.UNKNOWN_CUSTOMER, "Customer " + customerAuthId + " not found", partner);
            }
            if (amount.signum() <= 0) {
                return new Refused(Refusal.INVALID_AMOUNT, "amount must be greater than 0", partner);
            }
            if (amount.stripTrailingZeros().scale() > Decimals.STORED_SCALE) {
                return new Refused(
                        Refusal.INVALID_AMOUNT,
                        "amount must have at most " + Decimals.STORED_SCALE + " decimal places",
                        partner);
            }
            if (!currency.equals(partner.currency())) {
                return new Refused(
                        Refusal.CURRENCY_MISMATCH,
                        "currency " + currency + " does not match your partner currency " + partner.currency(),
                        partner);
            }
            if (amount.compareTo(partner.balance()) > 0) {
                return new Refused(
                        Refusal.INSUFFICIENT_BALANCE,
                        "Your partner balance (" + money(partner.balance(), currency)
                                + ") is insufficient for this transfer (" + money(amount, currency) + ").",
                        partner);
            }
            Instant at = tx.now();
            String id = String.format(Locale.ROOT, "txn_%012x", tx.nextNumber());
            FakePartner debited = tx.put(partner.newBuilder()
                    .balance(partner.balance().subtract(amount))
                    .field(Fields.UPDATED_AT, Timestamps.micros(at))
                    .build());
            FakeCustomer credited =
                    tx.put(customer.withCashCredits(customer.cashCredits().add(amount), at));
            Ledger.transferLegs(id, "live:" + id, partner, customerAuthId, amount, currency, text, at)
                    .forEach(tx::put);
            return new Completed(id, debited, credited, amount, text, at);
        });
    }

    /** {@code ₹200.00} for INR (as in the documented message), {@code USD 200.00} for other currencies. */
    static String money(BigDecimal amount, String currency) {
        String symbol = currency.equals(FakePartner.DEFAULT_CURRENCY) ? "₹" : currency + " ";
        return symbol + Decimals.wire(amount).toPlainString();
    }
}
