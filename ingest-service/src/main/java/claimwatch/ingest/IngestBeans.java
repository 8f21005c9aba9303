package claimwatch.ingest;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import claimwatch.ingest.article.ArticleIntake;
import claimwatch.ingest.clean.ArticleCleaner;
import claimwatch.ingest.clean.TextCleaner;
import claimwatch.ingest.dedupe.NearDuplicateIndex;
import claimwatch.ingest.dedupe.UrlCanonicalizer;
import claimwatch.ingest.feed.FeedParser;
import claimwatch.ingest.fetch.FetchSettings;
import claimwatch.ingest.fetch.PageFetcher;
import claimwatch.ingest.metadata.LanguageDetector;
import claimwatch.ingest.metadata.MetadataExtractor;

/** Wires the plain-Java core (cleaning, metadata, fetching, feeds, duplicates) into CDI from the configuration. */
public class IngestBeans {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    UrlCanonicalizer urlCanonicalizer() {
        return new UrlCanonicalizer();
    }

    @Produces
    @ApplicationScoped
    ArticleIntake articleIntake(UrlCanonicalizer canonicalizer, Clock clock, IngestConfig config) {
        return new ArticleIntake(new ArticleCleaner(), new TextCleaner(), new MetadataExtractor(LanguageDetector.load()), canonicalizer,
                clock, config.maxTextChars());
    }

    @Produces
    @ApplicationScoped
    PageFetcher pageFetcher(IngestConfig config, Clock clock) {
        IngestConfig.Fetch fetch = config.fetch();
        FetchSettings settings = new FetchSettings(fetch.userAgent(), fetch.connectTimeout(), fetch.readTimeout(), fetch.totalTimeout(),
                fetch.maxRedirects(), fetch.maxBodyBytes(), fetch.perHostDelay(), fetch.robotsCacheTtl(), fetch.allowCidrs().orElse(List.of()));
        return new PageFetcher(settings);
    }

    void closePageFetcher(@Disposes PageFetcher fetcher) {
        fetcher.close();
    }

    @Produces
    @ApplicationScoped
    FeedParser feedParser(IngestConfig config) {
        return new FeedParser(config.feeds().maxEntries());
    }

    @Produces
    @ApplicationScoped
    NearDuplicateIndex nearDuplicateIndex(IngestConfig config) {
        return new NearDuplicateIndex(config.dedupe().maxDistance(), config.dedupe().capacity());
    }
}
