package ai.vobiz.internal;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Keeps secrets out of everything the SDK prints: toString, exception messages, body snippets. */
public final class Redaction {
    public static final String REDACTED = "<redacted>";

    /** JSON keys whose values are secrets, in the API's snake_case and common variants. */
    private static final Pattern SECRET_JSON_VALUE = Pattern.compile(
            "(\"(?:auth_secret|auth_token|authSecret|authToken|access_token|accessToken|refresh_token|token|password|"
                    + "secret|api_key|apiKey)\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> SECRET_COMPONENTS =
            Set.of("authSecret", "authToken", "token", "tokens", "accessToken", "refreshToken", "password", "secret");

    /** Header names (lower case) whose values are credentials. */
    private static final Set<String> SENSITIVE_HEADERS =
            Set.of("x-auth-token", "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

    private Redaction() {}

    /** Whether a header's value is a credential that must never be logged or shown. */
    public static boolean isSensitiveHeader(String name) {
        return SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a record component or field of this name holds a secret. */
    public static boolean isSecretName(String name) {
        return SECRET_COMPONENTS.contains(name);
    }

    /**
     * A record's {@code toString} with secret components shown as {@code <redacted>} (when non-null), secret values
     * inside JSON components redacted, and {@code raw} views summarised.
     */
    public static String recordToString(Record record) {
        StringJoiner j = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                value = "?";
            }
            if (value != null && isSecretName(c.getName())) {
                value = REDACTED;
            } else if (value instanceof Map<?, ?> map) {
                // A header map (an error's response headers): credential values never shown.
                value = redactHeaderValues(map);
            } else if (value instanceof JsonNode json) {
                // Untyped JSON (auto_recharge_config, error details) may nest a secret under a known key.
                value = redact(json.toString(), List.of());
            }
            j.add(c.getName() + "=" + value);
        }
        return j.toString();
    }

    private static Map<Object, Object> redactHeaderValues(Map<?, ?> map) {
        Map<Object, Object> shown = new LinkedHashMap<>();
        map.forEach((k, v) -> shown.put(k, k instanceof String name && isSensitiveHeader(name) ? REDACTED : v));
        return shown;
    }

    /** Replaces secret JSON values and any of the given literal secrets in a text. */
    public static String redact(String text, Collection<String> knownSecrets) {
        String out = SECRET_JSON_VALUE
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"" + REDACTED + "\""));
        for (String secret : knownSecrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, REDACTED);
            }
        }
        return out;
    }

    /** The first {@code max} characters of a body, one line, secrets redacted; for messages and snippets. */
    public static String snippet(byte[] body, int max, Collection<String> knownSecrets) {
        int len = Math.min(body.length, max * 4);
        String s = new String(body, 0, len, StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ")
                .trim();
        s = redact(s, knownSecrets);
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }
}
