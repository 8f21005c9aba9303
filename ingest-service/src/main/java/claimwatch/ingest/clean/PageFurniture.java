package claimwatch.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture from a parsed page before the article is looked for: elements that never hold article prose
 * (navigation, forms, figures, asides) and elements whose class, id or role names furniture (share bars, cookie banners,
 * captions, bylines, newsletter boxes, related lists). An element that holds the headline or much prose is kept.
 */
final class PageFurniture {

    private static final String NEVER_PROSE = "script, style, noscript, template, svg, iframe, video, audio, object, embed, "
            + "canvas, form, button, input, select, textarea, nav, aside, figure, figcaption, picture, dialog, menu, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=dialog], [role=alertdialog], [role=search], [role=menubar], [role=toolbar]";
    private static final Set<String> KEEP_TAGS = Set.of("html", "body", "main", "article");

    // Class and id words that name furniture, in English and in a few other languages; a word matches at the start
    // of a class token ("share" matches "share-bar" and "sharedaddy"), so "ad" and a few short words must be exact.
    private static final Pattern FURNITURE_PREFIX = Pattern.compile("(?<![a-z0-9])(?:"
            + "share|sharing|social|subscri|signup|sign-up|promo|caption|credit|byline|author|autor|auteur|firma"
            + "|breadcrumb|advert|sponsor|publicidad|paywall|premium|tags|tagged|etiquetas|topic|kicker|antetitulo|tts"
            + "|listen|audio|player|video|toolbar|tools|herramientas|print|skip|widget|sidebar|rail|masthead|footer|navbar"
            + "|nav|menu|login|account|search|lang|idioma|dateline|date|timestamp|fecha|posted|meta|standfirst|subtitle"
            + "|subhead|entradilla|sumario|bajada|chapo|teaser|excerpt|disclaimer|editors?-note|pullquote|pull-quote"
            + "|destacado|factbox|infobox|ficha|licens|copyright|reactions|brand|logo|tagline|gallery|thumbnail|banner"
            + "|topbar|embed|twitter|tweet|instagram|tiktok|fb-post|keypoints|key-points)");
    private static final Pattern FURNITURE_EXACT = Pattern.compile("(?<![a-z0-9])(?:"
            + "ad|ads|adv|ad-slot|dek|tip|tips|box|more|latest|label|badge|cat|pie|cta|note|notes|trust|top-strip)(?![a-z0-9])");
    // Names that never wrap the article, however much prose they hold: reader comments can outweigh a short story.
    private static final Pattern NEVER_ARTICLE = Pattern.compile("(?<![a-z0-9])(?:comment|coment|komment|reagir|discussion|disqus|cookie|consent|gdpr"
            + "|newsletter|boletin|related|relacionad|recommend|most-?read|popular|trending|read-?more|read-?next|more-stories"
            + "|outbrain|taboola|repl(?:y|ies)(?![a-z0-9])|respon(?:d|ses?)(?![a-z0-9]))");
    private static final int PROSE_WORDS_TO_KEEP = 150;
    // "AdUnit" and "KeyPoints" are "ad-unit" and "key-points" written the CSS-module way.
    private static final Pattern CAMEL_CASE = Pattern.compile("(\\p{Ll})(\\p{Lu})");

    private PageFurniture() {
    }

    static void strip(Document document) {
        Element body = document.body();
        for (Element element : body.select(NEVER_PROSE)) {
            if (!holdsArticle(element)) {
                element.remove();
            }
        }
        for (Element element : body.select("header, footer")) {
            if (!holdsArticle(element)) {
                element.remove();
            }
        }
        List<Element> named = body.getAllElements().stream().filter(PageFurniture::namedAsFurniture).toList();
        for (Element element : named) {
            boolean keep = NEVER_ARTICLE.matcher(names(element)).find() ? holdsHeadline(element) : holdsArticle(element);
            if (element.parent() != null && !keep) {
                element.remove();
            }
        }
    }

    static boolean namedAsFurniture(Element element) {
        if (KEEP_TAGS.contains(element.normalName())) {
            return false;
        }
        String names = names(element);
        return !names.isBlank()
                && (FURNITURE_PREFIX.matcher(names).find() || FURNITURE_EXACT.matcher(names).find() || NEVER_ARTICLE.matcher(names).find());
    }

    private static String names(Element element) {
        return CAMEL_CASE.matcher(element.className() + " " + element.id()).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    private static boolean holdsHeadline(Element element) {
        return KEEP_TAGS.contains(element.normalName()) || element.selectFirst("h1") != null;
    }

    private static boolean holdsArticle(Element element) {
        if (holdsHeadline(element)) {
            return true;
        }
        int proseWords = 0;
        for (Element paragraph : element.select("p")) {
            int words = TextShape.words(paragraph.text());
            proseWords += words >= 15 ? words : 0;
        }
        return proseWords > PROSE_WORDS_TO_KEEP;
    }
}
