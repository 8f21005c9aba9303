package claimwatch.ingest.feed;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

/**
 * Reads sitemaps, news sitemaps and sitemap indexes with crawler-commons. Only its byte-parsing method is called, so
 * it never fetches; it gets UTF-8 (it ignores the XML declaration's encoding) and only documents without a DOCTYPE.
 * Its own SAX settings also forbid a DOCTYPE and external entities. Non-strict: URLs on other hosts are kept. The URL
 * filter resolves each location against the feed URL and drops those past the limit, so crawler-commons never holds
 * more than the limit in memory.
 */
final class SitemapFeedReader {

    private SitemapFeedReader() {
    }

    static ParsedFeed read(String text, FeedKind rootKind, String feedUrl, EntryUrls urls, int maxEntries) throws FeedParseException {
        LimitingFilter filter = new LimitingFilter(urls, maxEntries);
        SiteMapParser parser = new SiteMapParser(false, false);
        parser.setAllowDocTypeDefinitions(false);
        // every extension, not just news: without a handler, crawler-commons takes an <image:loc> for a page <loc>
        parser.enableExtensions();
        parser.setURLFilter(filter::accept);
        AbstractSiteMap sitemap;
        try {
            sitemap = parser.parseSiteMap("text/xml", text.getBytes(StandardCharsets.UTF_8), new URL(feedUrl));
        } catch (UnknownFormatException e) {
            throw FeedRoot.notWellFormed(e.getCause() == null ? e : e.getCause());
        } catch (MalformedURLException e) {
            throw new FeedParseException("feed URL is not a valid URL: " + feedUrl, e);
        } catch (java.io.IOException e) {
            throw new FeedParseException("could not read sitemap: " + e.getMessage(), e);
        }
        if (sitemap instanceof SiteMapIndex index) {
            List<String> children = index.getSitemaps().stream().map(child -> child.getUrl().toString()).toList();
            return new ParsedFeed(FeedKind.SITEMAP_INDEX, List.of(), children, filter.overflowed());
        }
        List<FeedEntry> entries = new ArrayList<>();
        boolean news = rootKind == FeedKind.NEWS_SITEMAP;
        for (SiteMapURL url : ((SiteMap) sitemap).getSiteMapUrls()) {
            Optional<NewsAttributes> newsAttributes = news(url);
            news |= newsAttributes.isPresent();
            Optional<OffsetDateTime> published = newsAttributes.map(NewsAttributes::getPublicationDateTime).map(date -> date.toOffsetDateTime())
                    .or(() -> Optional.ofNullable(url.getLastModified()).map(date -> date.toInstant().atOffset(ZoneOffset.UTC)));
            Optional<String> title = newsAttributes.map(NewsAttributes::getTitle).map(t -> t.replaceAll("\\s+", " ").strip()).filter(t -> !t.isEmpty());
            entries.add(new FeedEntry(url.getUrl().toString(), title, published));
        }
        return new ParsedFeed(news ? FeedKind.NEWS_SITEMAP : FeedKind.SITEMAP, entries, List.of(), filter.overflowed());
    }

    private static Optional<NewsAttributes> news(SiteMapURL url) {
        ExtensionMetadata[] metadata = url.getAttributesForExtension(Extension.NEWS);
        if (metadata == null) {
            return Optional.empty();
        }
        for (ExtensionMetadata item : metadata) {
            if (item instanceof NewsAttributes news) {
                return Optional.of(news);
            }
        }
        return Optional.empty();
    }

    /** Resolves and counts locations; crawler-commons drops a location when the filter returns null. */
    private static final class LimitingFilter {

        private final EntryUrls urls;
        private final int maxEntries;
        private int accepted;
        private boolean overflowed;

        LimitingFilter(EntryUrls urls, int maxEntries) {
            this.urls = urls;
            this.maxEntries = maxEntries;
        }

        String accept(String location) {
            Optional<String> url = urls.resolve(location);
            if (url.isEmpty()) {
                return null;
            }
            if (accepted >= maxEntries) {
                overflowed = true;
                return null;
            }
            accepted++;
            return url.get();
        }

        boolean overflowed() {
            return overflowed;
        }
    }
}
