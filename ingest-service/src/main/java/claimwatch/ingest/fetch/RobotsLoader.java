package claimwatch.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * Fetches and reads a site's robots.txt through the guarded transport, following RFC 9309: 2xx is parsed (only the
 * first 500 KiB), 4xx allows everything, 5xx and 429 disallow everything for a short while, and network failures
 * end the fetch with that failure.
 */
final class RobotsLoader {

    static final int MAX_ROBOTS_BYTES = 500 * 1024;
    static final Duration ERROR_TTL = Duration.ofMinutes(1);
    private static final int MAX_ROBOTS_REDIRECTS = 5;
    // robots.txt is the first contact with a site, so these say nothing robots-specific and read better unprefixed.
    private static final Set<Enum<?>> FIRST_CONTACT =
            Set.of(RefusalReason.ADDRESS, FailureReason.DNS, FailureReason.CONNECT);

    /** Rules plus how long they may be cached. */
    record Loaded(RobotsRules rules, Duration ttl) {
    }

    private final HttpTransport transport;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
    private final List<String> robotNames;
    private final Duration ttl;

    RobotsLoader(HttpTransport transport, String robotName, Duration ttl) {
        this.transport = transport;
        this.robotNames = robotName.isEmpty() ? List.of() : List.of(robotName);
        this.ttl = ttl;
    }

    Loaded load(TargetUrl site, Deadline deadline) throws FetchStop {
        TargetUrl current = TargetUrl.parse(site.robotsUri());
        for (int hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
            try (Exchange exchange = transport.open(current, List.of(), deadline)) {
                int status = exchange.status();
                if (Redirects.isRedirect(status) && exchange.header("Location").isPresent()) {
                    Optional<TargetUrl> next = follow(current, exchange.header("Location").get());
                    if (next.isEmpty()) {
                        return new Loaded(RobotsRules.allowAll(), ttl);
                    }
                    current = next.get();
                    continue;
                }
                if (status >= 200 && status < 300) {
                    byte[] body = exchange.readBody(MAX_ROBOTS_BYTES, true);
                    String contentType = exchange.header("Content-Type").orElse("text/plain");
                    return new Loaded(RobotsRules.parsed(
                            parser.parseContent(current.uri().toString(), body, contentType, robotNames)), ttl);
                }
                if (status == 429 || status >= 500) {
                    return new Loaded(RobotsRules.disallowAll("answered " + status), min(ttl, ERROR_TTL));
                }
                return new Loaded(RobotsRules.allowAll(), ttl);
            } catch (FetchStop stop) {
                throw hop == 0 && FIRST_CONTACT.contains(stop.reason()) ? stop
                        : stop.withDetail("fetching robots.txt: " + stop.detail());
            }
        }
        // RFC 9309: past five redirects the file counts as unavailable, which allows everything.
        return new Loaded(RobotsRules.allowAll(), ttl);
    }

    // A robots.txt redirected to a non-http(s) URL is unavailable, so everything is allowed, as RFC 9309 says for 4xx.
    private static Optional<TargetUrl> follow(TargetUrl current, String location) throws FetchStop {
        try {
            return Optional.of(current.resolve(location));
        } catch (FetchStop stop) {
            if (stop.toOutcome(current.uri()) instanceof Refused) {
                return Optional.empty();
            }
            throw stop;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
