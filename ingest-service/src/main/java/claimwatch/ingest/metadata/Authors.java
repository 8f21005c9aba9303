package claimwatch.ingest.metadata;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import claimwatch.ingest.clean.Byline;

/** Finds who wrote a page: JSON-LD authors, then author meta tags, then a byline near the headline, then an element named as the author. */
final class Authors {

    private static final String[] META = {"author", "article:author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"};
    private static final Pattern AUTHOR_ELEMENT = Pattern.compile("(?<![a-z])(?:author|autor|auteur|byline|by|firma|signature|signatur)(?![a-z])");

    private static final Pattern SEGMENT = Pattern.compile("\\s*[·|•]\\s*");

    private Authors() {
    }

    static Optional<String> find(Document document, MetaTags meta, JsonLd jsonLd, List<String> linesAfterHeadline, Instant fetchedAt) {
        List<String> names = jsonLd.authorNames();
        if (!names.isEmpty()) {
            return Optional.of(join(names));
        }
        Optional<String> fromMeta = meta.first(META).filter(value -> !value.startsWith("http"));
        if (fromMeta.isPresent()) {
            return fromMeta;
        }
        return linesAfterHeadline.stream().map(Byline::name).flatMap(Optional::stream).findFirst()
                .or(() -> linesAfterHeadline.stream().map(line -> nameBesideDate(line, fetchedAt)).flatMap(Optional::stream).findFirst())
                .or(() -> namedElement(document));
    }

    /** A meta line such as "Carmen Oliva · Published 3 months ago · 5 min read": a bare name next to the date. */
    private static Optional<String> nameBesideDate(String line, Instant fetchedAt) {
        String[] segments = SEGMENT.split(line);
        if (segments.length < 2 || !Byline.isName(segments[0].strip())) {
            return Optional.empty();
        }
        for (int i = 1; i < segments.length; i++) {
            if (DateMentions.firstPublicationMention(segments[i], fetchedAt).isPresent()) {
                return Optional.of(segments[0].strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> namedElement(Document document) {
        for (Element element : document.select("[class], [itemprop=author], [rel=author]")) {
            boolean named = element.attr("itemprop").equals("author") || element.attr("rel").equals("author")
                    || AUTHOR_ELEMENT.matcher(element.className().toLowerCase(Locale.ROOT)).find();
            if (!named) {
                continue;
            }
            String text = element.text().strip();
            Optional<String> name = Byline.name(text).or(() -> Byline.isName(text) ? Optional.of(text) : Optional.empty());
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
