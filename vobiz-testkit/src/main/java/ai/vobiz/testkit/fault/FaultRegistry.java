package ai.vobiz.testkit.fault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The faults active on one fake server, in the order added: for each request the first rule that matches and fires
 * wins. Thread-safe.
 */
public final class FaultRegistry {
    private final CopyOnWriteArrayList<FaultRule> rules = new CopyOnWriteArrayList<>();

    /** Adds a rule and returns it. */
    public FaultRule add(FaultRule rule) {
        rules.add(rule);
        return rule;
    }

    /** Builds and adds a rule. */
    public FaultRule add(FaultRule.Builder rule) {
        return add(rule.build());
    }

    /** Adds a fault that hits every request until cleared. */
    public FaultRule add(Fault fault) {
        return add(FaultRule.of(fault).build());
    }

    /** Removes one rule. */
    public boolean remove(FaultRule rule) {
        return rules.remove(rule);
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    /** The rules, in matching order. */
    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /** The fault to apply to this request, if a rule matches and fires (consuming its count or draw). */
    public Optional<Fault> next(String method, String path) {
        for (FaultRule rule : rules) {
            if (rule.matches(method, path) && rule.tryFire()) {
                return Optional.of(rule.fault());
            }
        }
        return Optional.empty();
    }
}
