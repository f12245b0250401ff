package ai.vobiz.testkit.state;

import ai.vobiz.testkit.internal.Fields;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record that belongs to an account through its {@code account_id} (a customer's {@code MA_…} or a partner's
 * {@code PA_…}): ledger rows, CDRs, numbers. Keyed by one of its own fields ({@code id}, or {@code uuid} for a CDR).
 */
public abstract class FakeAccountRecord extends FakeRecord {
    private final String keyField;

    FakeAccountRecord(ObjectNode json, String keyField) {
        super(json);
        this.keyField = keyField;
    }

    @Override
    public String key() {
        return text(keyField);
    }

    /** The owner's auth ID ({@code account_id}). */
    public String accountId() {
        return text(Fields.ACCOUNT_ID);
    }

    @Override
    public String parentKey() {
        return accountId();
    }

    /**
     * What the builders of account records share.
     *
     * @param <B> the concrete builder
     * @param <E> what it builds
     */
    public abstract static class Builder<B extends Builder<B, E>, E extends FakeAccountRecord>
            extends FakeRecord.Builder<B, E> {
        private final String keyField;
        private final Function<ObjectNode, E> create;
        private final String what;

        /**
         * @param keyField the field holding the key
         * @param create makes the record from a private copy of the JSON
         * @param what the record, for messages ("a CDR")
         */
        Builder(ObjectNode json, String keyField, Function<ObjectNode, E> create, String what) {
            super(json);
            this.keyField = keyField;
            this.create = create;
            this.what = what;
        }

        /** The key ({@code id}, or {@code uuid} for a CDR). */
        public B key(String key) {
            return field(keyField, key);
        }

        /** The owner's auth ID. */
        public B accountId(String accountId) {
            return field(Fields.ACCOUNT_ID, accountId);
        }

        /** A fresh random key, for records created through the admin API without one. */
        final B randomKey() {
            return key(UUID.randomUUID().toString());
        }

        /**
         * @throws IllegalArgumentException when the key or the owner is missing
         */
        @Override
        public E build() {
            requireFields(what, keyField, Fields.ACCOUNT_ID);
            return create.apply(json.deepCopy());
        }
    }
}
