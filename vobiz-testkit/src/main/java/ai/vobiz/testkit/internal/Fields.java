package ai.vobiz.testkit.internal;

/**
 * The JSON field names the fake reads or writes in more than one place, each spelled once. Names are the API's own
 * (see the public Vobiz docs, https://www.vobiz.ai/docs); the last group are the fake's own admin fields, never
 * served by an API route. Internal: not part of the testkit's API.
 */
public final class Fields {
    public static final String ID = "id";
    public static final String UUID = "uuid";
    public static final String AUTH_ID = "auth_id";
    public static final String AUTH_TOKEN = "auth_token";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String BALANCE = "balance";
    public static final String CURRENCY = "currency";
    public static final String CAN_TRANSFER_BALANCE = "can_transfer_balance";
    public static final String PARTNER_ID = "partner_id";
    public static final String CASH_CREDITS = "cash_credits";
    public static final String ACCOUNT_ID = "account_id";
    public static final String BALANCE_ID = "balance_id";
    public static final String TYPE = "type";
    public static final String AMOUNT = "amount";
    public static final String DESCRIPTION = "description";
    public static final String REFERENCE = "reference";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";
    public static final String PROCESSED_AT = "processed_at";
    public static final String TRANSACTION_ID = "transaction_id";
    public static final String STATUS = "status";
    public static final String ACCOUNT_AUTH_ID = "account_auth_id";

    /** Admin and seed files only: the partner a customer belongs to. */
    public static final String PARTNER_AUTH_ID = "partner_auth_id";

    private Fields() {}
}
