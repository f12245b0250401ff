package com.example.app;

import ai.vobiz.client.VobizClient;

/** Which HTTP stack a client built without naming one ends up on, for an operator's start-up line. */
public final class TransportReport {
    private TransportReport() {}

    /** For example {@code Acme Corp via vobiz-java/0.1.0 (Java 17; okhttp)}: the account, and the User-Agent sent. */
    public static String of(VobizClient vobiz) {
        return vobiz.account().retrieve().name() + " via " + vobiz.config().userAgent();
    }
}
