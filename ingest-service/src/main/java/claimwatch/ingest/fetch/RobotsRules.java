package claimwatch.ingest.fetch;

import java.time.Duration;
import java.util.Optional;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;

/** What one site's robots.txt lets us fetch, and how long to wait between requests there. */
final class RobotsRules {

    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    private final BaseRobotRules rules;
    private final String disallowAllReason;

    private RobotsRules(BaseRobotRules rules, String disallowAllReason) {
        this.rules = rules;
        this.disallowAllReason = disallowAllReason;
    }

    static RobotsRules parsed(BaseRobotRules rules) {
        return new RobotsRules(rules, null);
    }

    static RobotsRules allowAll() {
        return new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), null);
    }

    /** Everything is off limits for now, for the given reason, e.g. "answered 503". */
    static RobotsRules disallowAll(String reason) {
        return new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), reason);
    }

    /** Empty when the URL may be fetched, else the operator detail. */
    Optional<String> refusal(TargetUrl target) {
        if (disallowAllReason != null) {
            return Optional.of("robots.txt of " + target.site() + " " + disallowAllReason + "; disallowing for now");
        }
        if (rules.isAllowed(target.uri().toString())) {
            return Optional.empty();
        }
        return Optional.of("robots.txt of " + target.site() + " disallows " + target.path());
    }

    /** The Crawl-delay asked for, capped at a minute; zero when none. */
    Duration crawlDelay() {
        long millis = rules.getCrawlDelay();
        if (millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0) {
            return Duration.ZERO;
        }
        Duration asked = Duration.ofMillis(millis);
        return asked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : asked;
    }
}
