package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.zip.ZipException;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ProtocolException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private final FetchSettings settings = Settings.loopback().readTimeout(Duration.ofSeconds(10)).build();
    private TargetUrl target;

    @BeforeEach
    void target() throws FetchStop {
        target = TargetUrl.parse(URI.create("https://news.example:8443/a"));
    }

    private FetchOutcome map(IOException error) {
        return Failures.of(error, target, settings, Deadline.after(Duration.ofMinutes(1)), false)
                .toOutcome(target.uri());
    }

    @Test
    void addressRefusalIsARefusalWhateverElseHappened() {
        FetchOutcome outcome = Failures.of(new AddressRefusedException("address 10.0.0.1 is private"), target, settings,
                Deadline.after(Duration.ofMinutes(1)), true).toOutcome(target.uri());

        assertEquals("address 10.0.0.1 is private", Outcomes.refused(outcome, RefusalReason.ADDRESS).detail());
    }

    @Test
    void anyErrorAfterTheDeadlineFiredIsATimeout() {
        FetchOutcome outcome = Failures.of(new SocketException("Socket closed"), target, settings,
                Deadline.after(Duration.ofSeconds(3)), true).toOutcome(target.uri());

        assertEquals("total deadline of 3 s exceeded talking to news.example:8443",
                Outcomes.failed(outcome, FailureReason.TIMEOUT).detail());
    }

    @Test
    void anyErrorOnceTheDeadlineHasPassedIsATimeout() {
        FetchOutcome outcome = Failures.of(new SocketException("Connection reset"), target, settings,
                Deadline.after(Duration.ofNanos(1)), false).toOutcome(target.uri());

        Outcomes.failed(outcome, FailureReason.TIMEOUT);
    }

    @Test
    void unknownHost() {
        assertEquals("host news.example not found",
                Outcomes.failed(map(new UnknownHostException("news.example")), FailureReason.DNS).detail());
    }

    @Test
    void connectTimeout() {
        assertEquals("connect to news.example:8443 timed out after 2 s",
                Outcomes.failed(map(new ConnectTimeoutException("x")), FailureReason.TIMEOUT).detail());
    }

    @Test
    void refusedAndUnreachable() {
        assertEquals("connection to news.example:8443 refused",
                Outcomes.failed(map(new HttpHostConnectException("Connection refused")), FailureReason.CONNECT).detail());
        assertEquals("connection to news.example:8443 refused",
                Outcomes.failed(map(new ConnectException("Connection refused")), FailureReason.CONNECT).detail());
        assertEquals("connection to news.example:8443 failed",
                Outcomes.failed(map(new NoRouteToHostException("No route to host")), FailureReason.CONNECT).detail());
        assertEquals("connection to news.example:8443 failed",
                Outcomes.failed(map(new ConnectException(null)), FailureReason.CONNECT).detail());
    }

    @Test
    void tlsFailureIsAConnectFailure() {
        assertEquals("TLS with news.example:8443 failed: PKIX path building failed", Outcomes.failed(
                map(new SSLHandshakeException("PKIX path building failed")), FailureReason.CONNECT).detail());
    }

    @Test
    void readTimeout() {
        assertEquals("no data from news.example:8443 for 10 s",
                Outcomes.failed(map(new SocketTimeoutException("Read timed out")), FailureReason.TIMEOUT).detail());
    }

    @Test
    void noResponse() {
        assertEquals("news.example:8443 closed the connection without a response",
                Outcomes.failed(map(new NoHttpResponseException("x")), FailureReason.IO).detail());
    }

    @Test
    void brokenCompressionIsMalformed() {
        Outcomes.failed(map(new ZipException("Not in GZIP format")), FailureReason.MALFORMED);
        Outcomes.failed(map(new EOFException("Unexpected end of ZLIB input stream")), FailureReason.MALFORMED);
    }

    @Test
    void brokenHttpIsMalformedAndNamesTheProtocolError() {
        ClientProtocolException wrapped = new ClientProtocolException("wrapper", new ProtocolException("Invalid header"));

        assertEquals("bad HTTP from news.example:8443: Invalid header",
                Outcomes.failed(map(wrapped), FailureReason.MALFORMED).detail());
        assertEquals("bad HTTP from news.example:8443: Bad chunk header",
                Outcomes.failed(map(new MalformedChunkCodingException("Bad chunk header")), FailureReason.MALFORMED)
                        .detail());
    }

    @Test
    void anythingElseIsIo() {
        Failed failed = Outcomes.failed(map(new ConnectionClosedException("Premature end")), FailureReason.IO);
        assertEquals("I/O error with news.example:8443: org.apache.hc.core5.http.ConnectionClosedException: Premature end",
                failed.detail());
        Outcomes.failed(map(new SocketException("Connection reset")), FailureReason.IO);
        assertEquals(0, failed.status());
    }
}
