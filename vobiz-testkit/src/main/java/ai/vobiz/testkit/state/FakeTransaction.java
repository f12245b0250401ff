package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Decimals;
import ai.vobiz.testkit.internal.Fields;
import ai.vobiz.testkit.internal.Json;
import ai.vobiz.testkit.internal.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ledger row of a customer or a partner (its {@code account_id}), keyed by its {@code id}: the documented row of
 * {@code partner-customer-transactions.json}. {@code type} is {@code credit} or {@code debit} and {@code amount} is
 * positive, so a wallet equals the sum of its credits minus its debits. Both legs of a balance transfer carry the
 * transfer's {@link #transactionId()}: the fake's own record, shown by the admin API, not part of the row as served.
 */
public final class FakeTransaction extends FakeAccountRecord {
    /** Ledger rows, keyed by id, owned by a customer or a partner; admin path {@code /__admin/transactions}. */
    public static final EntityKind<FakeTransaction> KIND = EntityKind.of(
            "transactions",
            FakeTransaction.class,
            f -> builder().randomKey().fields(f).build(),
            FakeCustomer.KIND,
            FakePartner.KIND);

    /** Money in. */
    public static final String CREDIT = "credit";

    /** Money out. */
    public static final String DEBIT = "debit";

    private static final ObjectNode EXAMPLE =
            Json.resourceObject("examples/partner-customer-transactions.json", "/transactions/0");

    private final @Nullable String transactionId;

    private FakeTransaction(ObjectNode json, @Nullable String transactionId) {
        super(json, Fields.ID);
        this.transactionId = transactionId;
    }

    /** A builder whose defaults are the first documented row (a credit of 200 INR to {@code MA_XXXXXXXX}). */
    public static Builder builder() {
        return new Builder(EXAMPLE.deepCopy(), null);
    }

    public Builder newBuilder() {
        return new Builder(json.deepCopy(), transactionId);
    }

    @Override
    public EntityKind<FakeTransaction> kind() {
        return KIND;
    }

    /** {@link #CREDIT} or {@link #DEBIT}. */
    public String type() {
        return text(Fields.TYPE);
    }

    /** The amount, positive. */
    public BigDecimal amount() {
        return decimal(Fields.AMOUNT);
    }

    /** The amount with the sign of its effect on the wallet: negative for a debit. */
    public BigDecimal signedAmount() {
        return DEBIT.equals(type()) ? amount().negate() : amount();
    }

    public String description() {
        return text(Fields.DESCRIPTION);
    }

    public String reference() {
        return text(Fields.REFERENCE);
    }

    /** The balance transfer both legs of which this row is one, or null for any other row. */
    public @Nullable String transactionId() {
        return transactionId;
    }

    /** Also shows {@code transaction_id} when the row is a leg of a transfer. */
    @Override
    public ObjectNode adminJson() {
        ObjectNode out = json();
        if (transactionId != null) {
            out.put(Fields.TRANSACTION_ID, transactionId);
        }
        return out;
    }

    @Override
    List<@Nullable Object> extra() {
        return Arrays.asList(transactionId);
    }

    @Override
    public String toString() {
        return "FakeTransaction{" + key() + ", " + accountId() + " " + type() + " " + text(Fields.AMOUNT) + "}";
    }

    /** Builder for {@link FakeTransaction}. */
    public static final class Builder extends FakeAccountRecord.Builder<Builder, FakeTransaction> {
        private @Nullable String transactionId;

        private Builder(ObjectNode json, @Nullable String transactionId) {
            super(json, Fields.ID, j -> new FakeTransaction(j, null), "a ledger row");
            this.transactionId = transactionId;
        }

        /** {@link #CREDIT} or {@link #DEBIT}. */
        public Builder type(String type) {
            return field(Fields.TYPE, type);
        }

        /** The amount, positive, written as the exact JSON number. */
        public Builder amount(BigDecimal amount) {
            json.put(Fields.AMOUNT, Objects.requireNonNull(amount, "amount"));
            return this;
        }

        public Builder currency(String currency) {
            return field(Fields.CURRENCY, currency);
        }

        public Builder description(String description) {
            return field(Fields.DESCRIPTION, description);
        }

        public Builder reference(String reference) {
            return field(Fields.REFERENCE, reference);
        }

        /** The wallet the row moves: {@code balance_id}. */
        public Builder balanceId(String balanceId) {
            return field(Fields.BALANCE_ID, balanceId);
        }

        /** Processed, created and updated at this instant. */
        public Builder at(Instant when) {
            String t = Timestamps.micros(when);
            return field(Fields.PROCESSED_AT, t).field(Fields.CREATED_AT, t).field(Fields.UPDATED_AT, t);
        }

        /** The transfer this row is a leg of. */
        public Builder transactionId(@Nullable String transactionId) {
            this.transactionId = transactionId;
            return this;
        }

        /** Also: {@code transaction_id} sets the transfer this row is a leg of. */
        @Override
        boolean special(String name, JsonNode value) {
            if (name.equals(Fields.TRANSACTION_ID)) {
                transactionId(value.isNull() ? null : value.asString());
                return true;
            }
            return false;
        }

        @Override
        public FakeTransaction build() {
            if (!Set.of(CREDIT, DEBIT).contains(json.path(Fields.TYPE).asString(""))) {
                throw new IllegalArgumentException("a ledger row's type must be credit or debit");
            }
            if (Decimals.parse(json.path(Fields.AMOUNT), Fields.AMOUNT).signum() < 0) {
                throw new IllegalArgumentException("a ledger row's amount must not be negative");
            }
            // The base checks key and owner; the fake-only transaction id is added to its (private) JSON copy here.
            return new FakeTransaction(super.build().json, transactionId);
        }
    }
}
