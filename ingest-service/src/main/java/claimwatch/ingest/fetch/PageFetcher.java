package claimwatch.ingest.fetch;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * Fetches one URL politely and safely: http(s) only, no internal addresses, robots.txt and per-host pacing honoured,
 * redirects followed and re-checked by hand, bodies capped, all within one deadline. Thread-safe; close it when done.
 */
public final class PageFetcher implements AutoCloseable {

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HttpTransport transport;
    private final HostThrottle throttle;
    private final RobotsCache robotsCache;
    private final RobotsLoader robotsLoader;
    private final PageReader pageReader;
    private final Redirects redirectPolicy;
    private volatile boolean closed;

    public PageFetcher(FetchSettings settings) {
        this(settings, HostResolver.system(), Clock.systemUTC());
    }

    public PageFetcher(FetchSettings settings, HostResolver resolver, Clock clock) {
        this(settings, resolver, clock, address -> {
        });
    }

    /** As above, telling {@code connectObserver} about every address a socket is about to connect to. */
    PageFetcher(FetchSettings settings, HostResolver resolver, Clock clock, Consumer<InetSocketAddress> connectObserver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = AddressGuard.of(settings.allowCidrs());
        GuardedDnsResolver dns = new GuardedDnsResolver(Objects.requireNonNull(resolver, "resolver"), guard);
        this.transport = new HttpTransport(settings, dns, guard, connectObserver);
        this.throttle = new HostThrottle(settings.perHostDelay());
        this.robotsCache = new RobotsCache(Objects.requireNonNull(clock, "clock"), 10_000);
        this.robotsLoader = new RobotsLoader(transport, settings.robotName(), settings.robotsCacheTtl());
        this.pageReader = new PageReader(settings, clock);
        this.redirectPolicy = new Redirects(settings.maxRedirects());
    }

    public FetchOutcome fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed) {
            throw new IllegalStateException("PageFetcher is closed");
        }
        try {
            return follow(request, Deadline.after(settings.totalTimeout()));
        } catch (FetchStop stop) {
            return stop.toOutcome(request.url());
        }
    }

    private FetchOutcome follow(FetchRequest request, Deadline deadline) throws FetchStop {
        TargetUrl target = TargetUrl.parse(request.url());
        Set<URI> visited = new HashSet<>();
        HostThrottle.Slot slot = null;
        try {
            for (int redirects = 0; redirects <= settings.maxRedirects(); redirects++) {
                visited.add(target.uri());
                String location;
                try {
                    refuseLiteral(target);
                    if (slot != null && !slot.host().equals(target.host())) {
                        throttle.release(slot);
                        slot = null;
                    }
                    if (slot == null) {
                        slot = throttle.acquire(target.host(), deadline);
                    }
                    checkRobots(target, slot, deadline);
                    slot.markUsed();
                    try (Exchange exchange = transport.open(target, validators(request), deadline)) {
                        Optional<String> header = Redirects.isRedirect(exchange.status())
                                ? exchange.header("Location") : Optional.empty();
                        if (header.isEmpty()) {
                            return pageReader.read(request, exchange);
                        }
                        location = header.get();
                    }
                } catch (FetchStop stop) {
                    throw redirects == 0 ? stop : stop.withDetail(stop.detail() + " (redirected to " + target.uri() + ")");
                }
                target = redirectPolicy.next(target, location, visited, redirects);
            }
            throw new IllegalStateException("unreachable: Redirects.next refuses the hop past the limit");
        } finally {
            if (slot != null) {
                throttle.release(slot);
            }
        }
    }

    private void refuseLiteral(TargetUrl target) throws FetchStop {
        if (target.literal().isPresent()) {
            Optional<String> refusal = guard.refusal(target.literal().get());
            if (refusal.isPresent()) {
                throw FetchStop.refused(RefusalReason.ADDRESS, AddressGuard.detail(target.literal().get(), refusal.get()));
            }
        }
    }

    private void checkRobots(TargetUrl target, HostThrottle.Slot slot, Deadline deadline) throws FetchStop {
        RobotsRules rules = robotsCache.get(target.origin()).orElse(null);
        if (rules == null) {
            slot.markUsed();
            RobotsLoader.Loaded loaded = robotsLoader.load(target, deadline);
            robotsCache.put(target.origin(), loaded.rules(), loaded.ttl());
            rules = loaded.rules();
        }
        slot.widenGap(rules.crawlDelay());
        Optional<String> refusal = rules.refusal(target);
        if (refusal.isPresent()) {
            throw FetchStop.refused(RefusalReason.ROBOTS, refusal.get());
        }
    }

    private static List<Header> validators(FetchRequest request) {
        List<Header> headers = new ArrayList<>(2);
        if (request.etag() != null) {
            headers.add(new BasicHeader("If-None-Match", request.etag()));
        }
        if (request.lastModified() != null) {
            headers.add(new BasicHeader("If-Modified-Since", request.lastModified()));
        }
        return headers;
    }

    @Override
    public void close() {
        closed = true;
        transport.close();
    }
}
