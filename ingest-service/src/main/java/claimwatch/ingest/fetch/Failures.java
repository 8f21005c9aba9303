package claimwatch.ingest.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.zip.ZipException;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** Translates what HttpClient and the JDK throw into the refusal or failure an operator reads. */
final class Failures {

    private Failures() {
    }

    static FetchStop of(IOException error, TargetUrl target, FetchSettings settings, Deadline deadline,
            boolean deadlineFired) {
        String site = target.site();
        if (error instanceof AddressRefusedException) {
            return FetchStop.refused(RefusalReason.ADDRESS, error.getMessage());
        }
        if (deadlineFired || deadline.expired()) {
            return deadline.exceeded("talking to " + site);
        }
        if (error instanceof UnknownHostException) {
            return FetchStop.failed(FailureReason.DNS, "host " + target.host() + " not found");
        }
        if (error instanceof ConnectTimeoutException) {
            return FetchStop.failed(FailureReason.TIMEOUT,
                    "connect to " + site + " timed out after " + Durations.text(settings.connectTimeout()));
        }
        if (error instanceof ConnectException || error instanceof NoRouteToHostException) {
            String why = error.getMessage() != null && error.getMessage().contains("refused") ? "refused" : "failed";
            return FetchStop.failed(FailureReason.CONNECT, "connection to " + site + " " + why);
        }
        if (error instanceof SSLException) {
            return FetchStop.failed(FailureReason.CONNECT, "TLS with " + site + " failed: " + error.getMessage());
        }
        if (error instanceof SocketTimeoutException) {
            return FetchStop.failed(FailureReason.TIMEOUT,
                    "no data from " + site + " for " + Durations.text(settings.readTimeout()));
        }
        if (error instanceof NoHttpResponseException) {
            return FetchStop.failed(FailureReason.IO, site + " closed the connection without a response");
        }
        if (error instanceof ZipException || error instanceof EOFException) {
            return FetchStop.failed(FailureReason.MALFORMED, "corrupt compressed body from " + site + ": " + error.getMessage());
        }
        if (error instanceof ClientProtocolException || error instanceof MalformedChunkCodingException) {
            String message = error.getCause() != null ? error.getCause().getMessage() : error.getMessage();
            return FetchStop.failed(FailureReason.MALFORMED, "bad HTTP from " + site + ": " + message);
        }
        return FetchStop.failed(FailureReason.IO, "I/O error with " + site + ": " + error);
    }
}
