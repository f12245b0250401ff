package ai.vobiz.cli;

import ai.vobiz.domain.WireFormat;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Options from request record components: {@code perPage} is {@code --per-page}, typed as the component. */
final class OptionsFromRecords {
    private OptionsFromRecords() {}

    /** The option of a secret component: a flag that reads the value from standard input, never from the line. */
    static boolean readsStdin(RecordComponent c) {
        return WireFormat.isSecret(c.getName());
    }

    static OptionSpec option(RecordComponent c) {
        String wire = WireFormat.name(c);
        if (readsStdin(c)) {
            return OptionSpec.builder("--" + wire.replace('_', '-') + "-stdin")
                    .arity("0")
                    .type(boolean.class)
                    .description("Read the " + wire.replace('_', ' ')
                            + " from the first line of standard input (secrets are never taken from the command line).")
                    .build();
        }
        Class<?> type = c.getType();
        boolean required = !c.getAnnotatedType().isAnnotationPresent(Nullable.class) && !type.isPrimitive();
        OptionSpec.Builder b = OptionSpec.builder("--" + wire.replace('_', '-'))
                .type(type)
                .paramLabel(label(type, wire))
                .required(required)
                .description(description(c, wire, required));
        if (type == BigDecimal.class) {
            // Parsed from its decimal text, never through a binary double.
            b.converters(OptionsFromRecords::decimal);
        }
        if (type.isEnum()) {
            b.completionCandidates(Arrays.stream(type.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toList()));
        }
        return b.build();
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a decimal number such as 10.50");
        }
    }

    private static String label(Class<?> type, String wire) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "N";
        } else if (type == BigDecimal.class) {
            return "DECIMAL";
        } else if (type == java.time.LocalDate.class) {
            return "YYYY-MM-DD";
        } else if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining("|"));
        }
        return wire.toUpperCase(Locale.ROOT);
    }

    private static String description(RecordComponent c, String wire, boolean required) {
        return "The request's " + wire + (required ? " (required)." : ".");
    }
}
