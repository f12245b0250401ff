package ai.vobiz.cli;

import ai.vobiz.domain.WireFormat;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the CLI writes: standard output for results, standard error for notes and errors. Every line passes through
 * the SDK's redaction ({@link WireFormat#redact}) with the secrets known to this run (the auth token), so a token can never be printed even when
 * it appears in a server message or a stack trace. Thread-safe: transport threads print verbose events here.
 */
public final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    public Console(PrintWriter out, PrintWriter err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Adds a literal value (such as the auth token) that must never be printed. */
    public void addSecret(String secret) {
        if (secret != null && !secret.isBlank()) {
            secrets.add(secret);
            secrets.add(secret.strip());
        }
    }

    /** The text with secret JSON values and every known secret replaced by {@code <redacted>}. */
    public String redact(String text) {
        return WireFormat.redact(text, secrets);
    }

    /** Prints a result line on standard output. */
    public void out(String text) {
        synchronized (out) {
            out.println(redact(text));
            out.flush();
        }
    }

    /** Prints a note or an error on standard error. */
    public void err(String text) {
        synchronized (err) {
            err.println(redact(text));
            err.flush();
        }
    }

    PrintWriter outWriter() {
        return out;
    }

    PrintWriter errWriter() {
        return err;
    }
}
