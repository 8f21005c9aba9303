package claimwatch.ingest.metadata;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import claimwatch.ingest.clean.Byline;
import claimwatch.ingest.clean.CleanedPage;
import claimwatch.ingest.clean.PageText;
import claimwatch.ingest.clean.TextCleaner;
import claimwatch.ingest.clean.TitleParts;

/** Reads a page's title, author, publication time, language, canonical URL and outlet from its HTML, or what it can from pasted text. */
public final class MetadataExtractor {

    // At most this much text after the headline (bylines, datelines) is searched for a printed date or byline.
    private static final int NEARBY_CHARS = 1500;
    private static final int PASTED_HEAD_CHARS = 3000;
    private static final int MIN_PARAGRAPH_WORDS = 8;
    private static final Pattern PARAGRAPH_END = Pattern.compile("[.!?…][\"'”’»)]*$|[\"”»]$");

    private final LanguageDetector languages;

    public MetadataExtractor(LanguageDetector languages) {
        this.languages = languages;
    }

    public PageMetadata fromHtml(String html, String pageUrl, String cleanedText, Instant fetchedAt) {
        Document document = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl);
        MetaTags meta = MetaTags.of(document);
        JsonLd jsonLd = JsonLd.of(document);
        List<String> lines = PageText.lines(document.body());
        Optional<String> siteName = meta.first("og:site_name").or(jsonLd::siteName).map(MetadataExtractor::unescape);
        TitleParts titleParts = TitleParts.of(document.title(), siteName.stream().toList(), lines);
        Optional<String> title = title(meta, jsonLd, titleParts, document);
        List<String> nearby = linesAfter(lines, title);
        String nearbyText = String.join("\n", nearby) + "\n" + firstParagraphs(cleanedText);
        Optional<PublicationTime> published = PublicationTime.find(document, meta, jsonLd, nearbyText, fetchedAt);
        return new PageMetadata(
                title,
                Authors.find(document, meta, jsonLd, nearby, fetchedAt).map(MetadataExtractor::unescape),
                published.map(PublicationTime::dateTime),
                published.map(PublicationTime::source),
                language(cleanedText, document, meta),
                canonical(document, meta, jsonLd),
                siteName.or(() -> meta.first("application-name")).or(titleParts::site).or(() -> host(pageUrl)));
    }

    public PageMetadata fromText(String text, Instant receivedAt) {
        CleanedPage cleaned = new TextCleaner().cleanPage(text);
        String head = head(text, PASTED_HEAD_CHARS);
        Optional<PublicationTime> published = PublicationTime.fromText(head, receivedAt);
        Optional<String> author = head.lines().map(Byline::name).flatMap(Optional::stream).findFirst();
        return new PageMetadata(cleaned.title(), author, published.map(PublicationTime::dateTime), published.map(PublicationTime::source),
                languages.detect(cleaned.text()), Optional.empty(), Optional.empty());
    }

    /**
     * og:title, then JSON-LD headline, then the title element without its site name, then the h1; a later candidate
     * that continues the chosen one wins, because social titles are often cut short.
     */
    private static Optional<String> title(MetaTags meta, JsonLd jsonLd, TitleParts titleParts, Document document) {
        List<String> candidates = new ArrayList<>();
        meta.first("og:title", "twitter:title").ifPresent(candidates::add);
        jsonLd.headline().ifPresent(candidates::add);
        candidates.add(titleParts.headline());
        Element h1 = document.selectFirst("h1");
        if (h1 != null) {
            candidates.add(h1.text());
        }
        String chosen = null;
        for (String candidate : candidates.stream().map(MetadataExtractor::unescape).filter(text -> !text.isBlank()).toList()) {
            if (chosen == null || candidate.length() > chosen.length() && comparable(candidate).startsWith(comparable(chosen))) {
                chosen = candidate;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /**
     * The lines after the headline down to the second paragraph of prose (the first may be a standfirst): bylines and
     * datelines are printed there. Above the headline sit mastheads with today's date; further down, dates of events
     * and embedded posts.
     */
    private static List<String> linesAfter(List<String> lines, Optional<String> title) {
        String wanted = title.map(MetadataExtractor::comparable).orElse("");
        int start = 0;
        for (int i = 0; i < lines.size() && !wanted.isEmpty(); i++) {
            String line = comparable(lines.get(i));
            if (!line.isEmpty() && (line.equals(wanted) || wanted.startsWith(line) && line.length() > wanted.length() / 2)) {
                start = i + 1;
                break;
            }
        }
        List<String> nearby = new ArrayList<>();
        int chars = 0;
        int paragraphs = 0;
        for (int i = start; i < lines.size() && chars < NEARBY_CHARS && paragraphs < 2; i++) {
            nearby.add(lines.get(i));
            chars += lines.get(i).length();
            paragraphs += isParagraph(lines.get(i)) ? 1 : 0;
        }
        return nearby;
    }

    /** The headline and first paragraph of a cleaned text, where a dateline ("BRUXELLES, 14 mars 2024 –") would be. */
    private static String firstParagraphs(String cleanedText) {
        String[] paragraphs = cleanedText == null ? new String[0] : cleanedText.split("\n\n", 3);
        return String.join("\n", Arrays.asList(paragraphs).subList(0, Math.min(2, paragraphs.length)));
    }

    private static boolean isParagraph(String line) {
        return line.strip().split("\\s+").length >= MIN_PARAGRAPH_WORDS && PARAGRAPH_END.matcher(line.strip()).find();
    }

    private Optional<String> language(String cleanedText, Document document, MetaTags meta) {
        Optional<String> declared = Optional.of(document.select("html").attr("lang"))
                .filter(lang -> !lang.isBlank())
                .or(() -> meta.first("og:locale", "content-language", "language"))
                .map(lang -> lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0])
                .filter(lang -> lang.matches("[a-z]{2}"));
        return languages.detect(cleanedText).or(() -> declared);
    }

    private static Optional<String> canonical(Document document, MetaTags meta, JsonLd jsonLd) {
        Element link = document.selectFirst("link[rel=canonical][href]");
        Optional<String> fromLink = Optional.ofNullable(link).map(element -> element.absUrl("href")).filter(url -> !url.isBlank());
        return fromLink.or(() -> meta.first("og:url")).or(jsonLd::url);
    }

    private static Optional<String> host(String pageUrl) {
        try {
            String host = pageUrl == null ? null : URI.create(pageUrl.strip()).getHost();
            return Optional.ofNullable(host).map(name -> name.toLowerCase(Locale.ROOT)).map(name -> name.startsWith("www.") ? name.substring(4) : name);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String head(String text, int chars) {
        return text == null ? "" : text.length() <= chars ? text : text.substring(0, chars);
    }

    private static String unescape(String text) {
        return Parser.unescapeEntities(text, false).strip();
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
