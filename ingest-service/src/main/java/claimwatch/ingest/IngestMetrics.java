package claimwatch.ingest;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.ingest.fetch.Failed;
import claimwatch.ingest.fetch.FetchOutcome;
import claimwatch.ingest.fetch.NotModified;
import claimwatch.ingest.fetch.Refused;
import io.micrometer.core.instrument.MeterRegistry;

/** The counters operators watch, tagged by outlet and outcome. */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An article was accepted, recognised as a duplicate or near-duplicate, or refused as invalid. */
    public void article(String outlet, String outcome) {
        registry.counter("claimwatch.ingest.articles", "outlet", tag(outlet), "outcome", outcome).increment();
    }

    /** A page or feed fetch ended: fetched, not_modified, refused or failed, with the reason when not fetched. */
    public void fetch(String outlet, FetchOutcome outcome) {
        String name = "fetched";
        String reason = "none";
        if (outcome instanceof Refused refused) {
            name = "refused";
            reason = refused.reason().name().toLowerCase(Locale.ROOT);
        } else if (outcome instanceof Failed failed) {
            name = "failed";
            reason = failed.reason().name().toLowerCase(Locale.ROOT);
        } else if (outcome instanceof NotModified) {
            name = "not_modified";
        }
        registry.counter("claimwatch.ingest.fetches", "outlet", tag(outlet), "outcome", name, "reason", reason).increment();
    }

    private static String tag(String outlet) {
        return outlet == null || outlet.isBlank() ? "unknown" : outlet.strip().toLowerCase(Locale.ROOT);
    }
}
