package claimwatch.ingest.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One guarded HttpClient shared by all fetches: names resolve only through the guarded resolver, sockets check what
 * they connect to, nothing is followed, decompressed or retried behind our back, and each request is cancelled when
 * its fetch's total deadline passes.
 */
final class HttpTransport implements AutoCloseable {

    private static final List<Header> DEFAULT_HEADERS = List.of(
            new BasicHeader("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                    + "application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5"),
            new BasicHeader("Accept-Encoding", "gzip, deflate"));

    private final FetchSettings settings;
    private final CloseableHttpClient client;
    private final ScheduledThreadPoolExecutor alarms;

    HttpTransport(FetchSettings settings, GuardedDnsResolver resolver, AddressGuard guard,
            Consumer<InetSocketAddress> connectObserver) {
        this.settings = settings;
        var operator = new DefaultHttpClientConnectionOperator(proxy -> new GuardedSocket(guard, connectObserver),
                null, resolver, RegistryBuilder.<TlsSocketStrategy>create()
                        .register(URIScheme.HTTPS.id, DefaultClientTlsStrategy.createDefault()).build());
        var connections = new PoolingHttpClientConnectionManager(operator, PoolConcurrencyPolicy.STRICT,
                PoolReusePolicy.LIFO, TimeValue.ofMinutes(5), null);
        connections.setMaxTotal(64);
        connections.setDefaultMaxPerRoute(4);
        connections.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(Timeout.of(settings.readTimeout())).build());
        connections.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                .build());
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setUserAgent(settings.userAgent())
                .setDefaultHeaders(DEFAULT_HEADERS)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.readTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(settings.totalTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        this.alarms = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "claimwatch-fetch-deadline");
            thread.setDaemon(true);
            return thread;
        });
        alarms.setRemoveOnCancelPolicy(true);
    }

    /** Sends a GET and returns once the response headers are in; the caller reads or drops the body. */
    Exchange open(TargetUrl target, List<Header> headers, Deadline deadline) throws FetchStop {
        HttpGet request = new HttpGet(target.requestTarget());
        headers.forEach(request::addHeader);
        HttpHost host = target.literal()
                .map(address -> new HttpHost(target.scheme(), address, target.host(), target.port()))
                .orElseGet(() -> new HttpHost(target.scheme(), target.host(), target.port()));
        AtomicBoolean deadlineFired = new AtomicBoolean();
        ScheduledFuture<?> alarm;
        try {
            alarm = alarms.schedule(() -> {
                deadlineFired.set(true);
                request.cancel();
            }, deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            throw FetchStop.failed(FailureReason.IO, "fetcher closed during the fetch");
        }
        try {
            ClassicHttpResponse response = client.executeOpen(host, request, HttpClientContext.create());
            return new Exchange(target, request, response, alarm, deadlineFired, settings, deadline);
        } catch (IOException e) {
            alarm.cancel(false);
            throw Failures.of(e, target, settings, deadline, deadlineFired.get());
        } catch (IllegalArgumentException e) {
            alarm.cancel(false);
            throw FetchStop.failed(FailureReason.MALFORMED, "cannot request " + target.uri() + ": " + e.getMessage());
        } catch (IllegalStateException e) {
            // HttpClient's way of saying its pool was shut down under us, i.e. the fetcher was closed mid-fetch.
            alarm.cancel(false);
            throw FetchStop.failed(FailureReason.IO, "cannot request " + target.uri() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        alarms.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }
}
