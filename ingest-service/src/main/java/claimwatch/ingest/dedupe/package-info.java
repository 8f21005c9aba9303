/**
 * Duplicate detection for the intake: {@link claimwatch.ingest.dedupe.UrlCanonicalizer} for the same article under
 * many URLs, {@link claimwatch.ingest.dedupe.SimHash} fingerprints and a
 * {@link claimwatch.ingest.dedupe.NearDuplicateIndex} for the same text under different outlets (syndication).
 */
package claimwatch.ingest.dedupe;
