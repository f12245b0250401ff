package com.example.app;

import ai.vobiz.transport.netty.reactive.ReactiveVobizClient;
import reactor.core.publisher.Mono;

/** A reactive application's service: the partner balance as a {@code Mono}, sent on subscription. */
public final class BalanceService {
    private final ReactiveVobizClient vobiz;

    public BalanceService(ReactiveVobizClient vobiz) {
        this.vobiz = vobiz;
    }

    /** The balance with its scale, such as {@code 23906.83000}. */
    public Mono<String> balance() {
        return vobiz.partner().profile().map(profile -> profile.balance().toPlainString());
    }
}
