package ai.vobiz.testkit.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw (still percent-encoded) request path into segments and then percent-decodes each, so that an encoded
 * {@code /}, {@code ?}, {@code #}, {@code %} or {@code +} in a path value reaches the handler as that character and
 * never changes which route matches ({@code %2F} stays inside its segment). {@code +} is a literal plus in a path, not
 * a space. A malformed escape is kept as it is.
 */
final class PathSegments {
    private PathSegments() {}

    /** The decoded segments of a raw path: {@code /a/b%2Fc} → {@code [a, b/c]}; {@code /} → {@code [""]}. */
    static List<String> split(String rawPath) {
        String p = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        List<String> out = new ArrayList<>();
        for (String segment : p.split("/", -1)) {
            out.add(decode(segment));
        }
        return out;
    }

    /** Percent-decodes a raw path or segment as UTF-8. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int hi = raw.charAt(i) == '%' && i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int cp = raw.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
