package ai.vobiz.endpoint;

import ai.vobiz.internal.json.ObjectSchema;
import ai.vobiz.internal.json.PageSchemas;
import ai.vobiz.internal.json.RecordSchemas;
import ai.vobiz.paging.Page;
import ai.vobiz.paging.Paging;
import ai.vobiz.port.transport.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One API operation, declared once: method, path template with named path parameters, the request record (its
 * components are the query parameters of a GET, the JSON body of a POST), the response type, idempotency, credential
 * scope and paging scheme, plus the words the CLI and the docs use. Everything else derives from this declaration:
 * the sync, async and {@code Mono} facades execute it, the fake server registers its route under it, the {@code vobiz}
 * command builds a subcommand from it, and the README's endpoint table is checked against it.
 *
 * <pre>{@code
 * public static final Endpoint<ListCustomersParams, Page<Customer>> LIST_CUSTOMERS =
 *         Endpoint.get("list-customers", "/api/v1/partner/accounts", CredentialScope.PARTNER)
 *                 .params(ListCustomersParams.class)
 *                 .paged(Customer.class, Paging.PARTNER_CUSTOMERS)
 *                 .cli("partner customers list", "List your customers, newest first.")
 *                 .build();
 * }</pre>
 *
 * @param <P> the request record ({@link NoParams} when there is none)
 * @param <R> the response: a record, or a {@link Page} of records for a list
 */
public final class Endpoint<P, R> {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private final String operationId;
    private final HttpMethod method;
    private final String pathTemplate;
    private final List<String> pathParams;
    private final Class<P> paramsType;
    private final Class<?> responseType;
    private final @Nullable Paging paging;
    private final boolean idempotent;
    private final CredentialScope scope;
    private final String cliCommand;
    private final String summary;
    private final int successStatus;
    private final List<String> columns;
    /** Built on first use, so that declaring thirty endpoints costs a command-line start nothing. */
    private volatile @Nullable Function<byte[], R> decoder;

    private Endpoint(Builder<P, R> b) {
        this.operationId = b.operationId;
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.pathParams = placeholders(b.pathTemplate);
        this.paramsType = b.paramsType;
        this.responseType = Objects.requireNonNull(b.responseType, "the response type of " + b.operationId);
        this.paging = b.paging;
        this.idempotent = b.idempotent != null ? b.idempotent : b.method == HttpMethod.GET;
        this.scope = b.scope;
        this.cliCommand = Objects.requireNonNull(b.cliCommand, "the CLI command of " + b.operationId);
        this.summary = Objects.requireNonNull(b.summary, "the summary of " + b.operationId);
        this.successStatus = b.successStatus;
        this.columns = List.copyOf(b.columns);
        if (paramsType != NoParams.class && !paramsType.isRecord()) {
            throw new IllegalArgumentException(operationId + ": the request type must be a record");
        }
    }

    /** A GET: read-only, so retried on transient failures. */
    public static Builder<NoParams, Void> get(String operationId, String pathTemplate, CredentialScope scope) {
        return new Builder<>(operationId, HttpMethod.GET, pathTemplate, scope);
    }

    /** A POST: never re-sent once it may have reached the server (money moves, resources are created). */
    public static Builder<NoParams, Void> post(String operationId, String pathTemplate, CredentialScope scope) {
        return new Builder<>(operationId, HttpMethod.POST, pathTemplate, scope);
    }

    /** A DELETE: never re-sent unless declared {@link Builder#idempotent(boolean) idempotent}. */
    public static Builder<NoParams, Void> delete(String operationId, String pathTemplate, CredentialScope scope) {
        return new Builder<>(operationId, HttpMethod.DELETE, pathTemplate, scope);
    }

    private static List<String> placeholders(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': " + template);
        }
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (template.replaceAll(PLACEHOLDER.pattern(), "").matches(".*[{}].*")) {
            throw new IllegalArgumentException("malformed placeholder in " + template);
        }
        return List.copyOf(names);
    }

    /** The API's operation id, such as {@code list-customers}. */
    public String operationId() {
        return operationId;
    }

    public HttpMethod method() {
        return method;
    }

    /** The path below the base URL, with {@code {name}} placeholders. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** The placeholders' names, in path order: the positional arguments of every facade method and CLI command. */
    public List<String> pathParams() {
        return pathParams;
    }

    /** The request record, or {@link NoParams}. */
    public Class<P> paramsType() {
        return paramsType;
    }

    /** Whether the request carries a JSON body (the request record of a POST) rather than query parameters. */
    public boolean hasBody() {
        return method != HttpMethod.GET && paramsType != NoParams.class;
    }

    /** The response record: the item type for a list. */
    public Class<?> responseType() {
        return responseType;
    }

    /** The paging scheme of a list endpoint, or null. */
    public @Nullable Paging paging() {
        return paging;
    }

    /** Whether a retry is harmless; a money-moving POST is false and is never re-sent. */
    public boolean idempotent() {
        return idempotent;
    }

    public CredentialScope scope() {
        return scope;
    }

    /** The {@code vobiz} subcommand words, such as {@code partner customers list}. */
    public String cliCommand() {
        return cliCommand;
    }

    /** One sentence for the CLI's help and the README's table. */
    public String summary() {
        return summary;
    }

    /** The item fields (wire names) a table of this list shows, in order; empty: the tool's default. */
    public List<String> columns() {
        return columns;
    }

    /** The documented success status (200, or 201 for a create). */
    public int successStatus() {
        return successStatus;
    }

    /**
     * Decodes a 2xx body into the response: the record by name, or a page of records as the paging scheme says.
     *
     * @throws ai.vobiz.error.DecodingException when the body cannot be read as the response type
     */
    public R decode(byte[] body) {
        Function<byte[], R> d = decoder;
        if (d == null) {
            d = newDecoder();
            decoder = d;
        }
        return d.apply(body);
    }

    @SuppressWarnings("unchecked")
    private Function<byte[], R> newDecoder() {
        ObjectSchema<?> schema = paging != null ? PageSchemas.of(paging, responseType) : RecordSchemas.of(responseType);
        return body -> (R) schema.decode(body);
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + " (" + operationId + ")";
    }

    /**
     * Builder of a declaration; {@link #params}, {@link #returns} and {@link #paged} change its type parameters.
     *
     * @param <P> the request record
     * @param <R> the response
     */
    public static final class Builder<P, R> {
        private final String operationId;
        private final HttpMethod method;
        private final String pathTemplate;
        private final CredentialScope scope;
        private Class<P> paramsType;
        private @Nullable Class<?> responseType;
        private @Nullable Paging paging;
        private @Nullable Boolean idempotent;
        private @Nullable String cliCommand;
        private @Nullable String summary;
        private int successStatus = 200;
        private List<String> columns = List.of();

        @SuppressWarnings("unchecked")
        private Builder(String operationId, HttpMethod method, String pathTemplate, CredentialScope scope) {
            this.operationId = Objects.requireNonNull(operationId, "operationId");
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            this.scope = Objects.requireNonNull(scope, "scope");
            this.paramsType = (Class<P>) NoParams.class;
        }

        @SuppressWarnings("unchecked")
        private <P2, R2> Builder<P2, R2> cast() {
            return (Builder<P2, R2>) this;
        }

        /** The request record: query parameters of a GET, the JSON body otherwise. */
        public <P2 extends Record> Builder<P2, R> params(Class<P2> type) {
            Builder<P2, R> b = cast();
            b.paramsType = Objects.requireNonNull(type, "type");
            return b;
        }

        /** The response record. */
        public <R2 extends Record> Builder<P, R2> returns(Class<R2> type) {
            Builder<P, R2> b = cast();
            b.responseType = Objects.requireNonNull(type, "type");
            return b;
        }

        /** A list: pages of {@code itemType}, paged as {@code scheme} says. */
        public <T extends Record> Builder<P, Page<T>> paged(Class<T> itemType, Paging scheme) {
            Builder<P, Page<T>> b = cast();
            b.responseType = Objects.requireNonNull(itemType, "itemType");
            b.paging = Objects.requireNonNull(scheme, "scheme");
            return b;
        }

        /** Overrides the default (GET idempotent, others not). */
        public Builder<P, R> idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** The documented success status, when not 200. */
        public Builder<P, R> status(int status) {
            this.successStatus = status;
            return this;
        }

        /** The {@code vobiz} subcommand words and the one-line summary for help and docs. */
        public Builder<P, R> cli(String command, String summary) {
            this.cliCommand = Objects.requireNonNull(command, "command");
            this.summary = Objects.requireNonNull(summary, "summary");
            return this;
        }

        /** The item fields (wire names) a table of this list shows, such as {@code auth_id}, {@code name}. */
        public Builder<P, R> columns(String... wireNames) {
            this.columns = List.of(wireNames);
            return this;
        }

        public Endpoint<P, R> build() {
            return new Endpoint<>(this);
        }
    }
}
