package com.example.app;

import ai.vobiz.client.VobizClient;
import ai.vobiz.domain.Account;

/** An application's service over the SDK: it names no transport. */
public final class AccountService {
    private final VobizClient vobiz;

    public AccountService(VobizClient vobiz) {
        this.vobiz = vobiz;
    }

    /** The account's name and id, such as {@code Acme Corp (MA_XXXXXXXX)}. */
    public String describe() {
        Account account = vobiz.account().retrieve();
        return account.name() + " (" + account.authId() + ")";
    }
}
