package ai.vobiz.testkit.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's in-memory data: main accounts and partners keyed by auth ID. Thread-safe; values are immutable and
 * replaced whole, so a handler always sees a consistent record.
 */
public final class FakeState {
    private final Object lock = new Object();
    private final Map<String, FakeAccount> accounts = new LinkedHashMap<>();
    private final Map<String, FakePartner> partners = new LinkedHashMap<>();
    private volatile FakeSeed seed;

    public FakeState(FakeSeed seed) {
        this.seed = Objects.requireNonNull(seed, "seed");
        reset();
    }

    /** Restores the seed data, dropping every change. */
    public void reset() {
        synchronized (lock) {
            accounts.clear();
            partners.clear();
            seed.accounts().forEach(a -> accounts.put(a.authId(), a));
            seed.partners().forEach(p -> partners.put(p.authId(), p));
        }
    }

    /** The seed reset returns to. */
    public FakeSeed seed() {
        return seed;
    }

    /** Replaces the seed and resets to it. */
    public void reseed(FakeSeed newSeed) {
        this.seed = Objects.requireNonNull(newSeed, "seed");
        reset();
    }

    public Optional<FakeAccount> account(String authId) {
        synchronized (lock) {
            return Optional.ofNullable(accounts.get(authId));
        }
    }

    public Optional<FakePartner> partner(String authId) {
        synchronized (lock) {
            return Optional.ofNullable(partners.get(authId));
        }
    }

    public List<FakeAccount> accounts() {
        synchronized (lock) {
            return List.copyOf(accounts.values());
        }
    }

    public List<FakePartner> partners() {
        synchronized (lock) {
            return List.copyOf(partners.values());
        }
    }

    /** Adds or replaces (same auth ID) an account. */
    public FakeAccount putAccount(FakeAccount account) {
        Objects.requireNonNull(account, "account");
        synchronized (lock) {
            accounts.put(account.authId(), account);
        }
        return account;
    }

    /** Adds or replaces (same auth ID) a partner. */
    public FakePartner putPartner(FakePartner partner) {
        Objects.requireNonNull(partner, "partner");
        synchronized (lock) {
            partners.put(partner.authId(), partner);
        }
        return partner;
    }

    public boolean removeAccount(String authId) {
        synchronized (lock) {
            return accounts.remove(authId) != null;
        }
    }

    public boolean removePartner(String authId) {
        synchronized (lock) {
            return partners.remove(authId) != null;
        }
    }

    /**
     * Atomically replaces a partner with {@code change(current)}; the auth ID must stay the same.
     *
     * @throws NoSuchElementException when no partner has this auth ID
     */
    public FakePartner updatePartner(String authId, UnaryOperator<FakePartner> change) {
        synchronized (lock) {
            FakePartner current = partners.get(authId);
            if (current == null) {
                throw new NoSuchElementException("no partner " + authId);
            }
            FakePartner next = Objects.requireNonNull(change.apply(current), "changed partner");
            if (!next.authId().equals(authId)) {
                throw new IllegalArgumentException("an update must keep the auth ID " + authId);
            }
            partners.put(authId, next);
            return next;
        }
    }

    /**
     * Atomically replaces an account with {@code change(current)}; the auth ID must stay the same.
     *
     * @throws NoSuchElementException when no account has this auth ID
     */
    public FakeAccount updateAccount(String authId, UnaryOperator<FakeAccount> change) {
        synchronized (lock) {
            FakeAccount current = accounts.get(authId);
            if (current == null) {
                throw new NoSuchElementException("no account " + authId);
            }
            FakeAccount next = Objects.requireNonNull(change.apply(current), "changed account");
            if (!next.authId().equals(authId)) {
                throw new IllegalArgumentException("an update must keep the auth ID " + authId);
            }
            accounts.put(authId, next);
            return next;
        }
    }

    /** The Account object as the API renders it (shared, must not be modified). */
    public static ObjectNode render(FakeAccount account) {
        return account.sharedJson();
    }

    /** The Account object's wire bytes, serialised once per account version (shared, must not be modified). */
    public static byte[] wire(FakeAccount account) {
        return account.wireBytes();
    }

    /** The partner profile's wire bytes, serialised once per partner version (shared, must not be modified). */
    public static byte[] wire(FakePartner partner) {
        return partner.wireBytes();
    }

    /** The partner profile as the API renders it (shared, must not be modified). */
    public static ObjectNode render(FakePartner partner) {
        return partner.sharedJson();
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "FakeState{accounts=" + accounts.keySet() + ", partners=" + partners.keySet() + "}";
        }
    }
}
