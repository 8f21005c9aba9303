/**
 * Polite, SSRF-safe fetching of news pages and feeds, in plain Java.
 *
 * <p>Create one {@link claimwatch.ingest.fetch.PageFetcher} per process, share it between threads, and close it on
 * shutdown (it owns a connection pool and one daemon timer thread). {@code fetch} never throws for network or input
 * problems: it returns {@link claimwatch.ingest.fetch.Fetched}, {@link claimwatch.ingest.fetch.NotModified},
 * {@link claimwatch.ingest.fetch.Refused} (declined on principle, do not retry soon) or
 * {@link claimwatch.ingest.fetch.Failed} (network or server trouble, back off and retry), each with a short detail
 * for operators. A fetch may block up to {@code totalTimeout}, including waiting for its host's politeness slot.
 */
package claimwatch.ingest.fetch;
