package com.example.app;

import ai.vobiz.client.VobizClient;

/** {@code java --module-path … -m com.example.app/com.example.app.Main BASE_URL}; credentials from the environment. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        try (VobizClient vobiz = VobizClient.builder().baseUrl(args[0]).build()) {
            System.out.println(new AccountService(vobiz).describe());
        }
    }
}
