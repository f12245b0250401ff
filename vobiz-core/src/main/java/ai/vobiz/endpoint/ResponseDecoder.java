package ai.vobiz.endpoint;

/** Turns a 2xx body into a model, throwing {@link ai.vobiz.error.DecodingException} when it cannot. */
@FunctionalInterface
public interface ResponseDecoder<T> {
    T decode(byte[] body);
}
