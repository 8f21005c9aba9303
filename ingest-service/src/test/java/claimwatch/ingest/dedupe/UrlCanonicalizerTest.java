package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    private String canonical(String url) {
        Optional<String> canonical = canonicalizer.canonicalize(url);
        assertTrue(canonical.isPresent(), () -> "expected a canonical form for " + url);
        return canonical.get();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTPS://WWW.Example.COM/News/Story                       | https://example.com/News/Story
            https://example.com:443/a                                 | https://example.com/a
            http://example.com:80/a                                   | http://example.com/a
            https://example.com:8443/a                                | https://example.com:8443/a
            http://example.com:443/a                                  | http://example.com:443/a
            https://example.com                                       | https://example.com/
            https://example.com/                                      | https://example.com/
            https://example.com?                                      | https://example.com/
            https://example.com/a/                                    | https://example.com/a
            https://example.com/a/b//                                 | https://example.com/a/b
            https://example.com/a#comments                            | https://example.com/a
            https://example.com/a?#                                   | https://example.com/a
            https://user:secret@example.com/a                         | https://example.com/a
            https://example.com./a                                    | https://example.com/a
            https://m.example.com/a                                   | https://example.com/a
            https://mobile.example.com/a                              | https://example.com/a
            https://www.m.example.com/a                               | https://example.com/a
            https://amp.example.com/a                                 | https://example.com/a
            https://www.example.co.uk/a                               | https://example.co.uk/a
            https://www.com/a                                         | https://www.com/a
            https://m.example/a                                       | https://m.example/a
            https://news.example.com/a                                | https://news.example.com/a
            https://example.com/a/./b/../c                            | https://example.com/a/c
            https://example.com/../../a                               | https://example.com/a
            https://example.com/a/%2E%2E/b                            | https://example.com/b
            https://example.com//a//b                                 | https://example.com/a/b
            https://example.com/%7Euser/%61bc                         | https://example.com/~user/abc
            https://example.com/a%2fb                                 | https://example.com/a%2Fb
            https://example.com/caf%c3%a9                             | https://example.com/caf%C3%A9
            https://example.com/café                                  | https://example.com/caf%C3%A9
            https://example.com/a b                                   | https://example.com/a%20b
            https://example.com/a^b{c}                                | https://example.com/a%5Eb%7Bc%7D
            https://example.com/100%                                  | https://example.com/100%25
            https://bücher.example/a                                  | https://xn--bcher-kva.example/a
            https://EXAMPLE.com/Path/CASE                             | https://example.com/Path/CASE
            https://192.168.0.1/a                                     | https://192.168.0.1/a
            https://www.192.168.0.1.example/a                         | https://192.168.0.1.example/a
            https://[2001:DB8::1]:8080/a                              | https://[2001:db8::1]:8080/a
            https://example.com/a?b=2&a=1                             | https://example.com/a?a=1&b=2
            https://example.com/a?b=2&a=1&a=0                         | https://example.com/a?a=0&a=1&b=2
            https://example.com/a?id=7&&x=                            | https://example.com/a?id=7&x=
            https://example.com/a?q=%41%2a%20+                        | https://example.com/a?q=A%2A%20+
            https://example.com/a?utm_source=tw&utm_medium=social     | https://example.com/a
            https://example.com/a?UTM_Campaign=x&id=3                 | https://example.com/a?id=3
            https://example.com/a?fbclid=IwAR0abc                     | https://example.com/a
            https://example.com/a?gclid=x&dclid=y&msclkid=z&gbraid=w  | https://example.com/a
            https://example.com/a?mc_cid=1&mc_eid=2                   | https://example.com/a
            https://example.com/a?igshid=MzRlODBiNWFlZA==             | https://example.com/a
            https://example.com/a?_ga=2.1.2.3&_gl=1*abc               | https://example.com/a
            https://example.com/a?ref=homepage&ref_src=twsrc%5Etfw    | https://example.com/a
            https://example.com/a?cmpid=rss&ocid=msn                  | https://example.com/a
            https://example.com/a?smid=tw-share&page=2                | https://example.com/a?page=2
            https://example.com/a?WT.mc_id=x&pk_campaign=y&mtm_kwd=z  | https://example.com/a
            https://example.com/a?amp=1                               | https://example.com/a
            https://example.com/a?amp                                 | https://example.com/a
            https://example.com/a?outputType=amp                      | https://example.com/a
            https://example.com/a?outputType=print                    | https://example.com/a?outputType=print
            https://example.com/amp/news/a                            | https://example.com/news/a
            https://example.com/news/a/amp                            | https://example.com/news/a
            https://example.com/news/a/amp/                           | https://example.com/news/a
            https://example.com/news/a.amp.html                       | https://example.com/news/a.html
            https://example.com/news/world-123.amp                    | https://example.com/news/world-123
            https://example.com/news/example.html                     | https://example.com/news/example.html
            https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a | https://example.com/a
            https://www-example-com.cdn.ampproject.org/c/www.example.com/a   | http://example.com/a
            https://www-example-com.cdn.ampproject.org/v/s/www.example.com/a/amp?amp_js_v=0.1&usqp=mq331AQ | https://example.com/a
            https://example-com.cdn.ampproject.org/c/s/example.com/story.amp.html?id=9 | https://example.com/story.html?id=9
            https://www-example-com.bing-amp.com/c/s/www.example.com/a | https://example.com/a
            https://www.google.com/amp/s/www.example.com/a            | https://example.com/a
            https://www.google.co.uk/amp/s/m.example.com/a/amp        | https://example.com/a
            """)
    void canonicalForms(String url, String expected) {
        assertEquals(expected, canonical(url));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11/ | https://meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11
            https://www.meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11/?utm_source=rss&utm_medium=feed | https://meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11
            https://www.meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11/amp/ | https://www.meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11/
            https://www-meridianwire-example.cdn.ampproject.org/c/s/www.meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11/amp/ | https://www.meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11/
            https://www.dailyklaxon.example/news/world/ferry-fury-valderra-520-million-887213 | https://m.dailyklaxon.example/news/world/ferry-fury-valderra-520-million-887213?ref=twitter#comments
            https://www.dailyklaxon.example/news/world/ferry-fury-valderra-520-million-887213 | https://amp.dailyklaxon.example/news/world/ferry-fury-valderra-520-million-887213?fbclid=IwAR2xyz
            https://www.elfarovalderra.example/en/economia/2024/03/12/gobierno-formaliza-compra-seis-transbordadores.html | https://www.elfarovalderra.example/en/economia/2024/03/12/gobierno-formaliza-compra-seis-transbordadores.amp.html
            https://www.elfarovalderra.example/en/economia/2024/03/12/gobierno-formaliza-compra-seis-transbordadores.html | HTTPS://WWW.ELFAROVALDERRA.EXAMPLE:443/en/economia/2024/03/12/./gobierno-formaliza-compra-seis-transbordadores.html
            https://www.albacoastcourier.example/2024/03/09/ferry-contract-monday/ | https://albacoastcourier.example/2024/03/09/ferry-contract-monday?amp=1
            https://www.albacoastcourier.example/2024/03/09/ferry-contract-monday/ | https://www.albacoastcourier.example/2024/03/09/ferry-contract-monday/?outputType=amp&utm_campaign=march
            https://www.northgateherald.example/news/world/valderra-ferry-deal-aldermoor-24591837 | https://www.google.com/amp/s/www.northgateherald.example/news/world/valderra-ferry-deal-aldermoor-24591837.amp
            https://example.com/search?q=ferry&page=2 | https://example.com/search?page=2&q=ferry&utm_source=newsletter
            https://example.com/article?id=42&section=world | https://example.com/article?section=world&id=42&gclid=abc&mc_eid=def
            https://example.com/caf%C3%A9 | https://example.com/café
            https://example.com/~user | https://example.com/%7Euser
            """)
    void variantsOfOneArticleCollapse(String a, String b) {
        assertEquals(canonical(a), canonical(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com/a | https://example.com/b
            https://example.com/a | https://example.org/a
            https://example.com/a | https://news.example.com/a
            https://example.com/a | https://example.com:8080/a
            http://example.com/a | https://example.com/a
            https://example.com/News | https://example.com/news
            https://example.com/article?id=1 | https://example.com/article?id=2
            https://example.com/article?id=1 | https://example.com/article
            https://example.com/search?q=a&page=1 | https://example.com/search?q=a&page=2
            https://example.com/a%2Fb | https://example.com/a/b
            https://example.com/a?x=1%262 | https://example.com/a?x=1&2
            https://example.com/a.html | https://example.com/a
            https://example.com/ampere/a | https://example.com/a
            https://example.com/a?amplitude=3 | https://example.com/a
            https://example.com/a?reference=7 | https://example.com/a
            https://example.com/a?outputType=print | https://example.com/a
            https://www.dailyklaxon.example/news/world/ferry-fury-valderra-520-million-887213 | https://www.dailyklaxon.example/news/world/ferry-fury-valderra-520-million-887214
            https://www.albacoastcourier.example/2024/03/09/ferry-contract-monday/ | https://www.albacoastcourier.example/2024/03/10/kiprono-course-record-marathon/
            https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a | https://www-example-com.cdn.ampproject.org/c/s/www.example.com/b
            https://maps.google.com/amp/s/example.com/a | https://example.com/a
            """)
    void differentPagesStayApart(String a, String b) {
        assertNotEquals(canonical(a), canonical(b));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "example.com/a", "www.example.com", "//example.com/a", "/news/a", "news/a", "ftp://example.com/a",
            "mailto:editor@example.com", "javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "https://", "https:///a",
            "https://exa mple.com/a", "https://example.com:99999/a", "https://example.com:8o/a", "https://-bad-.com/a",
            "https://exa_mple..com/a", "http:/example.com/a", "https//example.com"})
    void notAnAbsoluteHttpUrl(String input) {
        assertEquals(Optional.empty(), canonicalizer.canonicalize(input));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HTTPS://WWW.Example.COM:443/a/./b/../c/?utm_source=x&b=2&a=1#f", "https://example.com/café?q=ü",
            "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a.amp.html?amp=1", "https://example.com/100%",
            "https://example.com/a?x=%zz", "https://[2001:DB8::1]/a//b/", "  https://example.com/a  "})
    void canonicalFormIsStable(String url) {
        String once = canonical(url);
        assertEquals(once, canonical(once));
    }
}
