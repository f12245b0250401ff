package com.example.app;

import ai.vobiz.client.VobizClient;
import ai.vobiz.transport.netty.reactive.ReactiveVobizClient;

/** Prints the partner balance; the base URL is the argument, the partner credentials come from the environment. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        try (ReactiveVobizClient vobiz = ReactiveVobizClient.create(VobizClient.builder().baseUrl(args[0]))) {
            System.out.println("balance " + new BalanceService(vobiz).balance().block());
        }
    }
}
