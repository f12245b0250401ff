package ai.vobiz.domain.partner;

import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.validation.Checks;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/v1/partner/accounts/{customer_auth_id}/transfer-balance} (docs/api-digest.md §3.9). Checked when built:
 * {@code amount} must be positive and {@code currency} a 3-letter code (the API also requires it to equal the
 * partner's currency, which only the server knows). The amount is sent exactly as given: {@code 0.1} as {@code 0.1}.
 *
 * @param amount how much to move from the partner's balance to the customer's wallet; greater than zero
 * @param currency the partner's currency, such as {@code INR} (no conversion is made)
 * @param description written to both ledgers (optional)
 */
public record TransferBalanceRequest(
        BigDecimal amount, String currency, @Nullable String description) {

    public TransferBalanceRequest {
        Checks.positive(amount, "amount");
        Checks.currency(currency, "currency");
        Checks.maxLength(description, 500, "description");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /** Builder of {@link TransferBalanceRequest}; {@link #build()} checks the documented rules. */
    public static final class Builder {
        private @Nullable BigDecimal amount;
        private @Nullable String currency;
        private @Nullable String description;

        private Builder() {}

        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** The amount from its decimal text, such as {@code "10.50"} (never from a binary double). */
        public Builder amount(String amount) {
            try {
                this.amount = new BigDecimal(amount.trim());
            } catch (NumberFormatException | NullPointerException e) {
                throw new ai.vobiz.error.RequestValidationException(
                        "amount", "must be a decimal number, got '" + amount + "'");
            }
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        public TransferBalanceRequest build() {
            return new TransferBalanceRequest(amount, currency, description);
        }
    }
}
