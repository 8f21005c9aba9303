/**
 * Feed parsing for the poller: {@link claimwatch.ingest.feed.FeedParser} turns a fetched body into article links.
 * <p>
 * Safety: no parser ever reads a file or URL. {@link claimwatch.ingest.feed.FeedText} decodes the bytes to text first;
 * {@link claimwatch.ingest.feed.Prolog} refuses any DOCTYPE with an internal subset (XXE, billion laughs) before a
 * parser runs; {@link claimwatch.ingest.feed.SecureXml} opens the JDK's StAX reader with DTDs, external entities and
 * external DTD access off; {@link claimwatch.ingest.feed.GuardedXmlReader} refuses entity references and caps entries.
 * Rome receives a built JDOM tree, never text; crawler-commons receives only DOCTYPE-free UTF-8 and forbids DOCTYPEs
 * itself. {@code FeedSafetyTest} proves it with a secret temp file and a 127.0.0.1 server that counts requests.
 */
package claimwatch.ingest.feed;
