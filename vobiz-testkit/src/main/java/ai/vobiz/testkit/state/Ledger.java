package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Fields;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How the fake writes ledger rows, for the seed and for live transfers alike. A balance transfer is two rows with one
 * transaction id (public Vobiz docs, partner API "balance" and "transactions" pages): a debit in the partner's ledger
 * with the transfer's description, a credit in the customer's prefixed {@code "Transfer from partner <name>: "}, both
 * with the reference {@code ptc:<partner_id>:<customer_auth_id>:<unix_ts>}.
 */
final class Ledger {
    /** The description of a transfer made without one (as in the documented ledger rows). */
    static final String DEFAULT_DESCRIPTION = "Balance transfer";

    private Ledger() {}

    /** A stable UUID for a name: seeded and generated ids are the same on every run. */
    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("vobiz-fake:" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The {@code balance_id} of an account's wallet. */
    static String walletId(String authId) {
        return uuid("wallet:" + authId);
    }

    /**
     * The two legs of a transfer.
     *
     * @param transactionId the transfer's id, on both legs
     * @param rowName a name unique to this transfer, from which the rows' ids derive
     */
    static List<FakeTransaction> transferLegs(
            String transactionId,
            String rowName,
            FakePartner partner,
            String customerAuthId,
            BigDecimal amount,
            String currency,
            String description,
            Instant at) {
        String reference = "ptc:" + partner.partnerId() + ":" + customerAuthId + ":" + at.getEpochSecond();
        FakeTransaction debit = row(rowName + ":debit", partner.authId(), FakeTransaction.DEBIT, amount, currency, at)
                .description(description)
                .reference(reference)
                .transactionId(transactionId)
                .build();
        FakeTransaction credit = row(rowName + ":credit", customerAuthId, FakeTransaction.CREDIT, amount, currency, at)
                .description("Transfer from partner " + partner.name() + ": " + description)
                .reference(reference)
                .transactionId(transactionId)
                .build();
        return List.of(debit, credit);
    }

    /** A completed row of an account's ledger, at {@code at}, with an id derived from {@code rowName}. */
    static FakeTransaction.Builder row(
            String rowName, String accountId, String type, BigDecimal amount, String currency, Instant at) {
        return FakeTransaction.builder()
                .key(uuid("transaction:" + rowName))
                .accountId(accountId)
                .balanceId(walletId(accountId))
                .type(type)
                .amount(amount)
                .currency(currency)
                .at(at)
                .field(Fields.STATUS, "completed");
    }
}
