package claimwatch.ingest.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.ingest.IngestConfig;
import claimwatch.ingest.IngestMetrics;
import claimwatch.ingest.article.Admission;
import claimwatch.ingest.article.ArticleAdmission;
import claimwatch.ingest.article.ArticleIntake;
import claimwatch.ingest.article.ArticleLedger;
import claimwatch.ingest.article.IntakeResult;
import claimwatch.ingest.dedupe.UrlCanonicalizer;
import claimwatch.ingest.fetch.Failed;
import claimwatch.ingest.fetch.FetchOutcome;
import claimwatch.ingest.fetch.FetchRequest;
import claimwatch.ingest.fetch.Fetched;
import claimwatch.ingest.fetch.PageFetcher;
import claimwatch.ingest.fetch.Refused;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One poll of one feed: a conditional GET of the feed, then each entry not seen before fetched as a page, cleaned and
 * admitted. Everything that can go wrong with the feed or a page ends in the report, never in an exception.
 */
@ApplicationScoped
public class FeedPoll {

    private final PageFetcher fetcher;
    private final FeedParser parser;
    private final UrlCanonicalizer canonicalizer;
    private final FeedPages pages;
    private final ArticleLedger ledger;
    private final ArticleIntake intake;
    private final ArticleAdmission admission;
    private final IngestMetrics metrics;
    private final IngestConfig.Feeds config;
    private final Clock clock;

    public FeedPoll(PageFetcher fetcher, FeedParser parser, UrlCanonicalizer canonicalizer, FeedPages pages, ArticleLedger ledger,
            ArticleIntake intake, ArticleAdmission admission, IngestMetrics metrics, IngestConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.canonicalizer = canonicalizer;
        this.pages = pages;
        this.ledger = ledger;
        this.intake = intake;
        this.admission = admission;
        this.metrics = metrics;
        this.config = config.feeds();
        this.clock = clock;
    }

    PollReport poll(FeedSnapshot feed) {
        FetchOutcome outcome = fetcher.fetch(new FetchRequest(URI.create(feed.url()), feed.etag(), feed.lastModified()));
        recordFetch(feed, outcome);
        if (outcome instanceof Refused refused) {
            return PollReport.problem("refused", refused.detail());
        }
        if (outcome instanceof Failed failed) {
            return PollReport.problem("failed", describe(failed));
        }
        if (!(outcome instanceof Fetched document)) {
            return new PollReport("not_modified", null, feed.etag(), feed.lastModified(), 0, 0, 0, 0);
        }
        List<FeedEntry> entries;
        try {
            entries = entries(feed, document);
        } catch (FeedParseException e) {
            return PollReport.problem("unparseable", e.getMessage());
        }
        int published = 0;
        int duplicates = 0;
        int failures = 0;
        int fetchedPages = 0;
        for (FeedEntry entry : entries) {
            Optional<String> canonical = canonicalizer.canonicalize(entry.url());
            if (canonical.isEmpty() || !worthFetching(canonical.get())) {
                continue;
            }
            if (ledger.findIdByCanonicalUrl(canonical.get()).isPresent()) {
                duplicates++;
                remember(feed, canonical.get(), "duplicate", null, null);
                continue;
            }
            if (fetchedPages++ >= config.maxNewPagesPerPoll()) {
                break;
            }
            PageResult page = fetchPage(feed, entry.url());
            remember(feed, canonical.get(), page.outcome(), page.detail(), page.articleId());
            published += page.outcome().equals("accepted") ? 1 : 0;
            duplicates += page.outcome().equals("duplicate") ? 1 : 0;
            failures += page.failed() ? 1 : 0;
        }
        return new PollReport("fetched", null, document.etag(), document.lastModified(), entries.size(), published, duplicates, failures);
    }

    private List<FeedEntry> entries(FeedSnapshot feed, Fetched document) throws FeedParseException {
        ParsedFeed parsed = parser.parse(document.body(), document.contentType(), document.finalUrl().toString());
        List<FeedEntry> entries = new ArrayList<>(parsed.entries());
        for (String child : parsed.childSitemaps().stream().limit(config.maxChildSitemaps()).toList()) {
            if (entries.size() >= config.maxEntries()) {
                break;
            }
            FetchOutcome outcome = fetcher.fetch(FetchRequest.of(URI.create(child)));
            recordFetch(feed, outcome);
            if (outcome instanceof Fetched sitemap) {
                List<FeedEntry> more = parser.parse(sitemap.body(), sitemap.contentType(), sitemap.finalUrl().toString()).entries();
                entries.addAll(more.subList(0, Math.min(more.size(), config.maxEntries() - entries.size())));
            }
        }
        return entries;
    }

    private boolean worthFetching(String canonicalUrl) {
        return QuarkusTransaction.requiringNew().call(() -> pages.find(canonicalUrl)
                .map(seen -> seen.outcome.equals("failed") && seen.attempts < config.maxPageAttempts())
                .orElse(true));
    }

    private PageResult fetchPage(FeedSnapshot feed, String url) {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(URI.create(url)));
        recordFetch(feed, outcome);
        if (outcome instanceof Fetched page) {
            return admit(feed, page);
        }
        if (outcome instanceof Refused refused) {
            return new PageResult("refused", refused.detail(), null);
        }
        if (outcome instanceof Failed failed) {
            return new PageResult("failed", describe(failed), null);
        }
        return new PageResult("failed", "304 to an unconditional request", null);
    }

    private PageResult admit(FeedSnapshot feed, Fetched page) {
        Optional<IntakeResult> article = intake.acceptPage(page.text(), page.finalUrl().toString(), feed.outlet(), page.fetchedAt());
        if (article.isEmpty()) {
            return new PageResult("no_text", "the page has no readable article text", null);
        }
        Admission admitted = admission.admit(article.get(), feed.id());
        return new PageResult(admitted.status().name(), admitted.duplicateOf(), admitted.id());
    }

    private void remember(FeedSnapshot feed, String canonicalUrl, String outcome, String detail, String articleId) {
        QuarkusTransaction.requiringNew().run(() -> {
            FeedPageEntity page = pages.find(canonicalUrl).orElseGet(FeedPageEntity::new);
            boolean isNew = page.canonicalUrl == null;
            page.canonicalUrl = canonicalUrl;
            page.feedId = feed.id();
            page.outcome = outcome;
            page.detail = detail;
            page.attempts += 1;
            page.articleId = articleId;
            page.updatedAt = Instant.now(clock);
            if (isNew) {
                pages.persist(page);
            }
        });
    }

    private void recordFetch(FeedSnapshot feed, FetchOutcome outcome) {
        metrics.fetch(feed.outlet() != null ? feed.outlet() : URI.create(feed.url()).getHost(), outcome);
    }

    private static String describe(Failed failed) {
        return failed.reason().name().toLowerCase() + ": " + failed.detail();
    }

    /** What became of one page. */
    private record PageResult(String outcome, String detail, String articleId) {
        boolean failed() {
            return outcome.equals("failed") || outcome.equals("refused") || outcome.equals("no_text");
        }
    }
}
