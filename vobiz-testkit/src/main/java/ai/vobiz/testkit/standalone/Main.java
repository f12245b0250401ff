package ai.vobiz.testkit.standalone;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the standalone jar:
 * {@code java -jar vobiz-testkit-<version>-standalone.jar [--port 12111] [--seed seed.json]}.
 * Exit codes: 0 after Ctrl-C, 1 when the server cannot start, 2 for bad arguments.
 */
public final class Main {
    private static final String USAGE =
            "Usage: java -jar vobiz-testkit-standalone.jar [--port <port>] [--seed <file>]\n"
                    + "  --port <port>  loopback port to listen on (default " + StandaloneServer.DEFAULT_PORT
                    + ", 0 = any free port)\n"
                    + "  --seed <file>  JSON file with the data to serve (see the testkit README)\n"
                    + "  --help         show this help\n"
                    + "Admin API (no credentials): /__admin/kinds, /__admin/{kind}[/{key}] for accounts, partners,"
                    + " customers, transactions, cdrs, numbers; /__admin/faults, /__admin/journal, /__admin/reset";

    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        // Exit explicitly only on failure: after Ctrl-C the JVM is already shutting down, and System.exit would
        // then block forever.
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Parses the arguments and runs the server until interrupted; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help) {
            out.println(USAGE);
            return 0;
        }
        try {
            StandaloneServer.run(options.port, options.seed, out);
            return 0;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    /** Parsed command line. */
    static final class Options {
        int port = StandaloneServer.DEFAULT_PORT;

        @Nullable
        Path seed;

        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> o.help = true;
                    case "--port" -> o.port = port(value(args, ++i, a));
                    case "--seed" -> {
                        Path p = Path.of(value(args, ++i, a));
                        if (!Files.isRegularFile(p)) {
                            throw new IllegalArgumentException("seed file not found: " + p);
                        }
                        o.seed = p;
                    }
                    default -> {
                        if (a.startsWith("--port=")) {
                            o.port = port(a.substring(7));
                        } else if (a.startsWith("--seed=")) {
                            return parse(replace(args, i, "--seed", a.substring(7)));
                        } else {
                            throw new IllegalArgumentException("unknown argument '" + a + "'");
                        }
                    }
                }
            }
            return o;
        }

        private static String[] replace(String[] args, int i, String flag, String value) {
            String[] out = new String[args.length + 1];
            System.arraycopy(args, 0, out, 0, i);
            out[i] = flag;
            out[i + 1] = value;
            System.arraycopy(args, i + 1, out, i + 2, args.length - i - 1);
            return out;
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }

        private static int port(String s) {
            try {
                int p = Integer.parseInt(s);
                if (p < 0 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be a number within 0..65535, got '" + s + "'");
            }
        }
    }
}
