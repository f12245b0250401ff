package ai.vobiz.domain;

import ai.vobiz.internal.JsonMapperHolder;
import ai.vobiz.internal.Redaction;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SDK's wire conventions, for tools built on the typed models (the {@code vobiz} command renders with them): the
 * wire name of a record component, which names hold secrets, and the JSON mapper with the SDK's settings (decimals
 * exact, scale kept).
 */
public final class WireFormat {
    private WireFormat() {}

    /** The wire name of a component: its {@link WireName}, else the snake_case of its name. */
    public static String name(RecordComponent component) {
        WireName w = component.getAnnotation(WireName.class);
        return w != null ? w.value() : snakeCase(component.getName());
    }

    /** {@code authTokenExpireTime} to {@code auth_token_expire_time}. */
    public static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Whether a component or JSON field of this name ({@code authToken} or {@code auth_token}) holds a secret. */
    public static boolean isSecret(String name) {
        return Redaction.isSecretName(name) || Redaction.isSecretName(camelCase(name));
    }

    /** A copy of a JSON value with every secret-named field's non-null value replaced by {@code <redacted>}. */
    public static JsonNode redacted(JsonNode node) {
        JsonNode copy = node.deepCopy();
        redactInPlace(copy);
        return copy;
    }

    private static void redactInPlace(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            for (var e : obj.properties()) {
                if (isSecret(e.getKey()) && !e.getValue().isNull()) {
                    e.setValue(obj.stringNode(Redaction.REDACTED));
                } else {
                    redactInPlace(e.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(WireFormat::redactInPlace);
        }
    }

    /** A text with secret JSON values, and each of the given literal secrets, replaced by {@code <redacted>}. */
    public static String redact(String text, Collection<String> literalSecrets) {
        return Redaction.redact(text, literalSecrets);
    }

    /** The SDK's JSON mapper (exact decimals, unknown properties tolerated); shared, do not reconfigure. */
    public static JsonMapper mapper() {
        return JsonMapperHolder.MAPPER;
    }

    private static String camelCase(String snake) {
        StringBuilder sb = new StringBuilder(snake.length());
        boolean up = false;
        for (int i = 0; i < snake.length(); i++) {
            char ch = snake.charAt(i);
            if (ch == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }
}
