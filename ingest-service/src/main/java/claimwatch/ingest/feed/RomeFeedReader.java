package claimwatch.ingest.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.StAXStreamBuilder;
import org.jsoup.Jsoup;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with Rome. Rome never parses text here: the document is built by
 * {@link GuardedXmlReader} over {@link SecureXml} and handed to Rome as a JDOM tree, already cut to the entry limit.
 * Rome's own parser settings (no DOCTYPE allowed) are still set in case someone passes it raw text later.
 */
final class RomeFeedReader {

    private static final Set<String> ROME_RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");

    private RomeFeedReader() {
    }

    static ParsedFeed read(String text, FeedKind kind, EntryUrls urls, int maxEntries) throws FeedParseException {
        GuardedXmlReader reader;
        Document document;
        try {
            reader = new GuardedXmlReader(SecureXml.open(text), maxEntries);
            document = new StAXStreamBuilder().build(reader);
        } catch (XMLStreamException | JDOMException e) {
            throw FeedRoot.notWellFormed(e);
        }
        assumeRss20WhenVersionUnknown(document.getRootElement());
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(document);
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedParseException("not a feed Rome can read (" + kind + "): " + e.getMessage(), e);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            link(entry).flatMap(urls::resolve).ifPresent(url -> entries.add(new FeedEntry(url, title(entry), published(entry))));
        }
        return new ParsedFeed(kind, entries, List.of(), reader.skippedEntries() > 0);
    }

    /** Rome picks its RSS parser by the version attribute and refuses a missing or unknown one; 2.0 reads them all. */
    private static void assumeRss20WhenVersionUnknown(Element root) {
        if (root.getName().equals("rss") && !ROME_RSS_VERSIONS.contains(root.getAttributeValue("version", "").strip())) {
            root.setAttribute("version", "2.0");
        }
    }

    private static Optional<String> link(SyndEntry entry) {
        SyndLink fallback = null;
        for (SyndLink link : entry.getLinks()) {
            String rel = link.getRel();
            if (link.getHref() == null || link.getHref().isBlank() || !(rel == null || rel.isBlank() || rel.equals("alternate"))) {
                continue;
            }
            if (link.getType() == null || link.getType().contains("html")) {
                return Optional.of(link.getHref());
            }
            fallback = fallback == null ? link : fallback;
        }
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return Optional.of(entry.getLink());
        }
        return Optional.ofNullable(fallback).map(SyndLink::getHref);
    }

    private static Optional<String> title(SyndEntry entry) {
        SyndContent content = entry.getTitleEx();
        String title = entry.getTitle();
        if (title == null) {
            return Optional.empty();
        }
        if (content != null && content.getType() != null && content.getType().contains("html")) {
            title = Jsoup.parseBodyFragment(title).text();
        }
        String collapsed = title.replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
    }

    private static Optional<OffsetDateTime> published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return Optional.ofNullable(date).map(d -> d.toInstant().atOffset(ZoneOffset.UTC));
    }
}
