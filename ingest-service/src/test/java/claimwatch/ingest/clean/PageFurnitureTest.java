package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

    private static final String PROSE = "<p>" + "This is a long paragraph of article prose that goes on. ".repeat(4) + "</p>";

    private static String strip(String html) {
        Document document = Jsoup.parse(html);
        PageFurniture.strip(document);
        return document.body().text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"share-bar", "kx-share", "sharedaddy", "cookie-banner", "consent-overlay", "newsletter-box", "related-inline",
        "wp-caption-text", "kx-caption", "byline", "entry-meta", "mpu-ad", "ad-slot", "banner-ad", "jp-relatedposts", "most-read",
        "read-more-inline", "standfirst", "tts-player", "lang-switch", "breadcrumbs", "tags-links", "comments-area", "pullquote",
        "wp-block-pullquote", "editors-note", "story-credits", "eto-premium-teaser", "twitter-tweet", "boletin", "entradilla", "autor",
        "fecha-cabecera", "herramientas", "Newsletter", "KeyPoints", "AdUnit"})
    void classNamesOfFurnitureAreRecognised(String className) {
        Element element = Jsoup.parse("<div class='" + className + "'>x</div>").selectFirst("div");
        assertTrue(PageFurniture.namedAsFurniture(element), className);
    }

    @ParameterizedTest
    @ValueSource(strings = {"article-body", "story-body", "entry-content", "content", "cuerpo", "header-title", "lead", "kx-lead", "post",
        "single-post", "category-islands", "shadow", "adventure", "loaded", "reader"})
    void otherClassNamesAreNot(String className) {
        Element element = Jsoup.parse("<div class='" + className + "'>x</div>").selectFirst("div");
        assertFalse(PageFurniture.namedAsFurniture(element), className);
    }

    @Test
    void idsCountLikeClasses() {
        assertTrue(PageFurniture.namedAsFurniture(Jsoup.parse("<div id='cookie-consent'>x</div>").selectFirst("div")));
    }

    @Test
    void furnitureTagsGo() {
        assertEquals("Body text.", strip("<nav>Home</nav><aside>Fact file</aside><figure><figcaption>Caption</figcaption></figure>"
                + "<form><button>Sign up</button></form><p>Body text.</p><iframe></iframe><video></video>"));
    }

    @Test
    void hiddenAndRoleMarkedElementsGo() {
        assertEquals("Body text.", strip("<div hidden>Hidden</div><div aria-hidden='true'>Icon</div><div role='dialog'>Consent</div><p>Body text.</p>"));
    }

    @Test
    void aSiteHeaderGoesButAnArticleHeaderWithTheHeadlineStays() {
        String text = strip("<header>Site menu</header><article><header><h1>The headline</h1></header><p>Body text.</p></article>");
        assertEquals("The headline Body text.", text);
    }

    @Test
    void anElementHoldingTheHeadlineIsKeptWhateverItsName() {
        assertEquals("News > World Headline words Body.", strip("<div class='breadcrumb'>News > World<h1>Headline words</h1><p>Body.</p></div>"));
    }

    @Test
    void anElementHoldingMuchProseIsKeptWhateverItsName() {
        String text = strip("<div class='share-wrapper'>" + PROSE.repeat(4) + "</div>");
        assertTrue(text.startsWith("This is a long paragraph"), text);
    }

    @Test
    void commentsAndRelatedListsGoHoweverMuchProseTheyHold() {
        for (String name : List.of("comments-area", "discussion", "replies", "respond", "related-stories", "most-read", "newsletter")) {
            String text = strip("<p>Body.</p><div class='" + name + "'>" + PROSE.repeat(4) + "</div>");
            assertEquals("Body.", text, name);
        }
    }

    @Test
    void aCommentsBlockHoldingTheHeadlineStays() {
        assertEquals("Headline words Body.", strip("<div class='comments-enabled'><h1>Headline words</h1><p>Body.</p></div>"));
    }

    @Test
    void aSmallFurnitureBoxInsideTheBodyGoes() {
        String text = strip("<div class='article-body'><p>First.</p><div class='newsletter-box'><p>Sign up now.</p></div><p>Second.</p></div>");
        assertEquals("First. Second.", text);
    }

    @Test
    void bodyAndArticleTagsAreNeverRemoved() {
        Element body = Jsoup.parse("<body class='share'><article class='ad'><p>Kept.</p></article></body>").body();
        assertFalse(PageFurniture.namedAsFurniture(body));
        assertFalse(PageFurniture.namedAsFurniture(body.selectFirst("article")));
    }
}
