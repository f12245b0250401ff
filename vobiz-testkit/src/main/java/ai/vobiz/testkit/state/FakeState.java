package ai.vobiz.testkit.state;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's in-memory store: entities of every {@link EntityKind} ({@link #KINDS}), related by owner (a partner owns
 * customers; a customer owns its ledger rows, CDRs and numbers; a partner owns its own ledger rows), plus the clock
 * every timestamp the fake writes comes from.
 *
 * <p>Every change is atomic: {@link #atomically} runs a unit of work under one write lock and, when it throws,
 * undoes every change it made. Readers ({@link #read}, and the one-shot getters) see a consistent state: never half of
 * a transaction. Entities are immutable and replaced whole.
 *
 * <pre>{@code
 * state.atomically(tx -> {
 *     FakePartner p = tx.get(FakePartner.KIND, "PA_XXXXXXXX").orElseThrow();
 *     tx.put(p.newBuilder().balance(BigDecimal.TEN).build());
 *     return tx.children(FakeCustomer.KIND, p.authId()).size();
 * });
 * }</pre>
 */
public final class FakeState {
    /** Every kind the store holds, owners before what they own (the order a seed is loaded in). */
    public static final List<EntityKind<?>> KINDS = List.of(
            FakeAccount.KIND, FakePartner.KIND, FakeCustomer.KIND, FakeTransaction.KIND, FakeCdr.KIND, FakeNumber.KIND);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Tables tables = new Tables(KINDS);
    private final Clock initialClock;
    private volatile FakeSeed seed;
    private volatile Clock clock;

    /** A store holding the seed, on the system clock (UTC). */
    public FakeState(FakeSeed seed) {
        this(seed, Clock.systemUTC());
    }

    /** A store holding the seed, writing timestamps from this clock. */
    public FakeState(FakeSeed seed, Clock clock) {
        this.seed = Objects.requireNonNull(seed, "seed");
        this.initialClock = Objects.requireNonNull(clock, "clock");
        this.clock = clock;
        reset();
    }

    /** A consistent read-only view of the store. */
    public interface View {
        <E extends FakeRecord> Optional<E> get(EntityKind<E> kind, String key);

        /** Every entity of the kind, in insertion order (a replaced entity keeps its place). */
        <E extends FakeRecord> List<E> all(EntityKind<E> kind);

        /** The entities of the kind that belong to {@code parentKey}, in insertion order. */
        <E extends FakeRecord> List<E> children(EntityKind<E> kind, String parentKey);

        /** The store's clock, now. */
        Instant now();
    }

    /** A unit of work: reads see its own changes; all of them take effect together, or none. */
    public interface Tx extends View {
        /**
         * Adds the entity or replaces the one with its key.
         *
         * @throws IllegalArgumentException when its kind has owners and its owner does not exist
         */
        <E extends FakeRecord> E put(E entity);

        /** Removes the entity and everything that belongs to it; returns how many entities went (0: none had it). */
        int remove(EntityKind<?> kind, String key);

        /**
         * Replaces an entity with {@code change(current)}; the key must stay the same.
         *
         * @throws NoSuchElementException when there is none with this key
         */
        <E extends FakeRecord> E update(EntityKind<E> kind, String key, UnaryOperator<E> change);

        /** A number no earlier call returned since the last reset, for generated ids (1, 2, …). */
        long nextNumber();
    }

    /** Runs a query on a consistent view of the store. */
    public <T> T read(Function<View, T> query) {
        lock.readLock().lock();
        try (Session s = new Session(false)) {
            return query.apply(s);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a unit of work atomically: if it throws, every change it made is undone and the exception passes on. */
    public <T> T atomically(Function<Tx, T> work) {
        lock.writeLock().lock();
        long sequence = tables.sequence();
        try (Session s = new Session(true)) {
            try {
                return work.apply(s);
            } catch (RuntimeException | Error e) {
                s.rollback();
                tables.rewind(sequence);
                throw e;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public <E extends FakeRecord> Optional<E> get(EntityKind<E> kind, String key) {
        return read(v -> v.get(kind, key));
    }

    public <E extends FakeRecord> List<E> all(EntityKind<E> kind) {
        return read(v -> v.all(kind));
    }

    public <E extends FakeRecord> List<E> children(EntityKind<E> kind, String parentKey) {
        return read(v -> v.children(kind, parentKey));
    }

    /** Adds or replaces (same key) one entity. */
    public <E extends FakeRecord> E put(E entity) {
        return atomically(tx -> tx.put(entity));
    }

    /** Removes an entity and what belongs to it; returns how many entities went. */
    public int remove(EntityKind<?> kind, String key) {
        return atomically(tx -> tx.remove(kind, key));
    }

    /** Atomically replaces an entity with {@code change(current)}. See {@link Tx#update}. */
    public <E extends FakeRecord> E update(EntityKind<E> kind, String key, UnaryOperator<E> change) {
        return atomically(tx -> tx.update(kind, key, change));
    }

    /** The kind with this name, if the store holds one. */
    public static Optional<EntityKind<?>> kind(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** Restores the seed data and the clock the store started with, dropping every change. */
    public void reset() {
        atomically(tx -> {
            tables.clear();
            clock = initialClock;
            List<FakeRecord> entities = seed.entitiesAt(clock.instant());
            for (EntityKind<?> kind : KINDS) {
                entities.stream().filter(e -> e.kind() == kind).forEach(tx::put);
            }
            return null;
        });
    }

    /** The seed reset returns to. */
    public FakeSeed seed() {
        return seed;
    }

    /**
     * Replaces the seed and resets to it.
     *
     * @throws IllegalArgumentException when the seed does not load (an entity's owner is missing); the old seed stays
     */
    public void reseed(FakeSeed newSeed) {
        FakeSeed old = seed;
        this.seed = Objects.requireNonNull(newSeed, "seed");
        try {
            reset();
        } catch (RuntimeException e) {
            this.seed = old;
            reset();
            throw e;
        }
    }

    /** The clock every timestamp the fake writes comes from. */
    public Clock clock() {
        return clock;
    }

    /** Sets the clock until the next {@link #reset()} (which restores the one the store started with). */
    public void clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The clock's current instant. */
    public Instant now() {
        return clock.instant();
    }

    public Optional<FakeAccount> account(String authId) {
        return get(FakeAccount.KIND, authId);
    }

    public Optional<FakePartner> partner(String authId) {
        return get(FakePartner.KIND, authId);
    }

    public List<FakeAccount> accounts() {
        return all(FakeAccount.KIND);
    }

    public List<FakePartner> partners() {
        return all(FakePartner.KIND);
    }

    /** Adds or replaces (same auth ID) an account. */
    public FakeAccount putAccount(FakeAccount account) {
        return put(Objects.requireNonNull(account, "account"));
    }

    /** Adds or replaces (same auth ID) a partner; its customers stay. */
    public FakePartner putPartner(FakePartner partner) {
        return put(Objects.requireNonNull(partner, "partner"));
    }

    public boolean removeAccount(String authId) {
        return remove(FakeAccount.KIND, authId) > 0;
    }

    /** Removes a partner with its customers and everything they own. */
    public boolean removePartner(String authId) {
        return remove(FakePartner.KIND, authId) > 0;
    }

    /** Atomically replaces a partner with {@code change(current)}. See {@link Tx#update}. */
    public FakePartner updatePartner(String authId, UnaryOperator<FakePartner> change) {
        return update(FakePartner.KIND, authId, change);
    }

    /** Atomically replaces an account with {@code change(current)}. See {@link Tx#update}. */
    public FakeAccount updateAccount(String authId, UnaryOperator<FakeAccount> change) {
        return update(FakeAccount.KIND, authId, change);
    }

    /** The JSON object the API renders for an entity (shared, must not be modified). */
    public static ObjectNode render(FakeRecord entity) {
        return entity.sharedJson();
    }

    /** The entity's wire bytes, serialised once per entity version (shared, must not be modified). */
    public static byte[] wire(FakeRecord entity) {
        return entity.wireBytes();
    }

    @Override
    public String toString() {
        return "FakeState" + read(v -> tables.counts());
    }

    /** A view or unit of work; used only while its lock is held. */
    private final class Session implements Tx, AutoCloseable {
        private final boolean writable;
        private final Deque<Runnable> undo = new ArrayDeque<>();
        private boolean open = true;

        Session(boolean writable) {
            this.writable = writable;
        }

        private void check(boolean write) {
            if (!open) {
                throw new IllegalStateException("the transaction has ended");
            }
            if (write && !writable) {
                throw new IllegalStateException("a read-only view cannot change the store");
            }
        }

        @Override
        public <E extends FakeRecord> Optional<E> get(EntityKind<E> kind, String key) {
            check(false);
            FakeRecord e = tables.get(kind, key);
            return e == null ? Optional.empty() : Optional.of(kind.cast(e));
        }

        @Override
        public <E extends FakeRecord> List<E> all(EntityKind<E> kind) {
            check(false);
            return cast(kind, tables.all(kind));
        }

        @Override
        public <E extends FakeRecord> List<E> children(EntityKind<E> kind, String parentKey) {
            check(false);
            return cast(kind, tables.children(kind, parentKey));
        }

        private <E extends FakeRecord> List<E> cast(EntityKind<E> kind, Collection<FakeRecord> entities) {
            List<E> out = new ArrayList<>(entities.size());
            entities.forEach(e -> out.add(kind.cast(e)));
            return out;
        }

        @Override
        public Instant now() {
            return clock.instant();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <E extends FakeRecord> E put(E entity) {
            check(true);
            FakeRecord linked = Objects.requireNonNull(entity, "entity").linked(this);
            tables.put(linked, undo::push);
            return (E) linked;
        }

        @Override
        public int remove(EntityKind<?> kind, String key) {
            check(true);
            return tables.remove(kind, key, undo::push);
        }

        @Override
        public <E extends FakeRecord> E update(EntityKind<E> kind, String key, UnaryOperator<E> change) {
            E current = get(kind, key).orElseThrow(() -> new NoSuchElementException("no " + kind + " " + key));
            E next = Objects.requireNonNull(change.apply(current), "changed entity");
            if (!next.key().equals(key)) {
                throw new IllegalArgumentException("an update must keep the key " + key);
            }
            return put(next);
        }

        @Override
        public long nextNumber() {
            check(true);
            return tables.next();
        }

        void rollback() {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
