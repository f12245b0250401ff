package ai.vobiz.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.ReadTimeoutException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handler on an embedded channel whose clock only moves when told: every case is exact, none waits. */
class ResponseSilenceTimeoutTest {
    private static final long TIMEOUT_MS = 1000;

    private EmbeddedChannel channel;

    @BeforeEach
    void setUp() {
        channel = new EmbeddedChannel();
        channel.freezeTime();
        channel.pipeline().addLast(new ResponseSilenceTimeout(TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS)));
    }

    @AfterEach
    void tearDown() {
        channel.finishAndReleaseAll();
    }

    private void elapse(long millis) {
        channel.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
    }

    private void sendRequest() {
        channel.writeOutbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/v1/auth/me"));
        channel.releaseOutbound();
    }

    private void receive(Object... messages) {
        channel.writeInbound(messages);
        channel.releaseInbound();
    }

    private void receiveWholeResponse() {
        receive(
                new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK),
                LastHttpContent.EMPTY_LAST_CONTENT);
    }

    private void assertStillOpen() {
        assertThatCode(channel::checkException).doesNotThrowAnyException();
        assertThat(channel.isOpen()).isTrue();
    }

    private void assertTimedOut() {
        assertThatThrownBy(channel::checkException).isSameAs(ReadTimeoutException.INSTANCE);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void silenceAfterTheRequestFailsTheExchangeAndClosesTheConnection() {
        sendRequest();
        elapse(TIMEOUT_MS - 1);
        assertStillOpen();
        elapse(1);
        assertTimedOut();
    }

    @Test
    void eachReadBurstRestartsTheSilence() {
        sendRequest();
        elapse(800);
        receive(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        elapse(800);
        receive(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[] {'{'})));
        elapse(800);
        assertStillOpen(); // 2.4 s in all, never silent for 1 s
        elapse(200);
        assertTimedOut();
    }

    @Test
    void anIdleConnectionIsNeverTimedOut() {
        elapse(10 * TIMEOUT_MS);
        assertStillOpen();
        sendRequest();
        receiveWholeResponse();
        elapse(10 * TIMEOUT_MS);
        assertStillOpen();
    }

    /** The trap of a per-connection read timeout: time spent idle in the pool must not count against the next call. */
    @Test
    void aConnectionReusedAfterIdlingLongerThanTheTimeoutGivesTheNextExchangeTheWholeTimeout() {
        sendRequest();
        receiveWholeResponse();
        elapse(5 * TIMEOUT_MS);
        sendRequest();
        elapse(TIMEOUT_MS - 1);
        assertStillOpen();
        receiveWholeResponse();
        elapse(5 * TIMEOUT_MS);
        assertStillOpen();
    }

    @Test
    void aCheckDueJustAfterAnExchangeStartsLooksAgainInsteadOfFiring() {
        sendRequest(); // schedules the check for t = 1000
        receiveWholeResponse();
        elapse(900);
        sendRequest(); // t = 900: the pending check fires at 1000 and must look again at 1900
        elapse(100);
        assertStillOpen();
        elapse(TIMEOUT_MS - 101);
        assertStillOpen();
        elapse(1);
        assertTimedOut();
    }

    @Test
    void aClosedConnectionCancelsItsCheck() {
        sendRequest();
        channel.close();
        elapse(2 * TIMEOUT_MS);
        assertThatCode(channel::checkException).doesNotThrowAnyException();
    }
}
