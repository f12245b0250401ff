package ai.vobiz.transport.netty;

import ai.vobiz.port.transport.HttpResponse;
import io.netty.buffer.ByteBuf;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.netty.ByteBufFlux;

/**
 * A response's body, collected under the size cap, then turned into the {@link HttpResponse}: one operator where
 * {@code handle} + {@code then} + {@code fromCallable} took three, on a path every call takes. reactor-netty releases
 * each buffer once {@code onNext} returns, so the bytes are copied out before that.
 */
final class BodyMono extends Mono<HttpResponse> {
    private final ByteBufFlux content;
    private final BodyCollector collector;
    private final Function<byte[], HttpResponse> toResponse;

    BodyMono(ByteBufFlux content, BodyCollector collector, Function<byte[], HttpResponse> toResponse) {
        this.content = content;
        this.collector = collector;
        this.toResponse = toResponse;
    }

    @Override
    public void subscribe(CoreSubscriber<? super HttpResponse> actual) {
        content.subscribe(new BodySubscriber(actual, collector, toResponse));
    }

    /** Requests every buffer, appends each, and emits the response on completion (when it is requested). */
    private static final class BodySubscriber extends Operators.MonoSubscriber<ByteBuf, HttpResponse> {
        private final BodyCollector collector;
        private final Function<byte[], HttpResponse> toResponse;
        private @Nullable Subscription upstream;
        private boolean done;

        BodySubscriber(
                CoreSubscriber<? super HttpResponse> actual,
                BodyCollector collector,
                Function<byte[], HttpResponse> toResponse) {
            super(actual);
            this.collector = collector;
            this.toResponse = toResponse;
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (Operators.validate(upstream, s)) {
                upstream = s;
                actual.onSubscribe(this);
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(ByteBuf buf) {
            if (done) {
                Operators.onNextDropped(buf, actual.currentContext());
                return;
            }
            try {
                collector.append(buf);
            } catch (RuntimeException tooLarge) {
                Subscription s = upstream;
                if (s != null) {
                    s.cancel(); // abandons the rest of the body, and the connection with it
                }
                onError(tooLarge);
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (done) {
                Operators.onErrorDropped(failure, actual.currentContext());
                return;
            }
            done = true;
            actual.onError(failure);
        }

        @Override
        public void onComplete() {
            if (done) {
                return;
            }
            done = true;
            HttpResponse response;
            try {
                response = toResponse.apply(collector.toByteArray());
            } catch (RuntimeException e) {
                actual.onError(e);
                return;
            }
            complete(response);
        }

        @Override
        public void cancel() {
            super.cancel();
            Subscription s = upstream;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
