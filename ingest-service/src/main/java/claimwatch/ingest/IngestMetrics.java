package claimwatch.ingest;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

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
    public void fetch(String outlet, String outcome, String reason) {
        registry.counter("claimwatch.ingest.fetches", "outlet", tag(outlet), "outcome", outcome, "reason", reason).increment();
    }

    private static String tag(String outlet) {
        return outlet == null || outlet.isBlank() ? "unknown" : outlet.strip().toLowerCase(Locale.ROOT);
    }
}
