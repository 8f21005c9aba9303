package claimwatch.ingest.fetch;

import java.net.URI;

/** What one fetch ended in: a page, an unchanged page, a refusal on principle, or a failure. */
public sealed interface FetchOutcome permits Fetched, NotModified, Refused, Failed {

    /** The URL as requested, before any redirect. */
    URI url();
}
