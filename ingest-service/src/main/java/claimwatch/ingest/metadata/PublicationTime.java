package claimwatch.ingest.metadata;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when a page was published, trying the most reliable sources first: JSON-LD datePublished, then Open Graph's
 * article:published_time, then other meta tags, then a {@code <time datetime>}, then a date printed near the headline
 * or at the top of the text, then a relative date ("3 months ago") resolved against the fetch time.
 *
 * @param source "json-ld", "open-graph", "meta", "time", "text" or "relative"
 */
record PublicationTime(OffsetDateTime dateTime, String source) {

    private static final String[] OPEN_GRAPH = {"article:published_time", "og:article:published_time", "og:published_time"};
    private static final String[] OTHER_META = {"datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "publication_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime"};
    private static final Pattern NOT_PUBLISHED = Pattern.compile("updat|modif|edit|actualiz|aktualis", Pattern.CASE_INSENSITIVE);

    static Optional<PublicationTime> find(Document document, MetaTags meta, JsonLd jsonLd, String nearbyText, Instant fetchedAt) {
        return jsonLd.datePublished().flatMap(Timestamps::parse).map(at -> new PublicationTime(at, "json-ld"))
                .or(() -> meta.first(OPEN_GRAPH).flatMap(Timestamps::parse).map(at -> new PublicationTime(at, "open-graph")))
                .or(() -> meta.first(OTHER_META).flatMap(Timestamps::parse).map(at -> new PublicationTime(at, "meta")))
                .or(() -> timeElement(document).flatMap(Timestamps::parse).map(at -> new PublicationTime(at, "time")))
                .or(() -> fromText(nearbyText, fetchedAt));
    }

    static Optional<PublicationTime> fromText(String text, Instant reference) {
        return DateMentions.firstPublicationMention(text, reference)
                .map(mention -> new PublicationTime(mention.dateTime(), mention.relative() ? "relative" : "text"));
    }

    /** A time element marked as the publication first, then the first one not marked as an update. */
    private static Optional<String> timeElement(Document document) {
        Element marked = document.selectFirst("time[datetime][itemprop=datePublished], time[datetime][pubdate], "
                + "time[datetime][class*=publish], time[datetime][class*=posted]");
        if (marked != null) {
            return Optional.of(marked.attr("datetime"));
        }
        return document.select("time[datetime]").stream()
                .filter(time -> !NOT_PUBLISHED.matcher(time.className() + " " + time.attr("itemprop")).find())
                .map(time -> time.attr("datetime"))
                .findFirst();
    }
}
