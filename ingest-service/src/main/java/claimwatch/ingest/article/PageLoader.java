package claimwatch.ingest.article;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.ingest.IngestMetrics;
import claimwatch.ingest.fetch.Failed;
import claimwatch.ingest.fetch.FetchOutcome;
import claimwatch.ingest.fetch.FetchRequest;
import claimwatch.ingest.fetch.Fetched;
import claimwatch.ingest.fetch.NotModified;
import claimwatch.ingest.fetch.PageFetcher;
import claimwatch.ingest.fetch.Refused;
import claimwatch.ingest.problem.FieldError;
import claimwatch.ingest.problem.InvalidRequestException;
import claimwatch.ingest.problem.UpstreamFailedException;

/** Fetches the page behind a URL someone submitted, answering the client with the reason when it cannot. */
@ApplicationScoped
public class PageLoader {

    private final PageFetcher fetcher;
    private final IngestMetrics metrics;

    public PageLoader(PageFetcher fetcher, IngestMetrics metrics) {
        this.fetcher = fetcher;
        this.metrics = metrics;
    }

    public Fetched load(String url, String outlet) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldError("url", "is not a valid URL")));
        }
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(uri));
        metrics.fetch(outlet, outcome);
        if (outcome instanceof Fetched page) {
            return page;
        }
        if (outcome instanceof Refused refused) {
            throw new InvalidRequestException(List.of(new FieldError("url", "refused: " + refused.detail())));
        }
        if (outcome instanceof Failed failed) {
            throw new UpstreamFailedException("Fetching " + url + " failed: " + failed.detail());
        }
        NotModified notModified = (NotModified) outcome;
        throw new UpstreamFailedException("Fetching " + notModified.url() + " answered 304 to an unconditional request");
    }
}
