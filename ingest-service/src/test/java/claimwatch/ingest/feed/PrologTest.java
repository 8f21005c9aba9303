package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrologTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <rss version="2.0"/>                                                                   | false | false
            <?xml version="1.0"?><rss/>                                                            | false | false
            <!DOCTYPE rss><rss/>                                                                   | true  | false
            <!doctype html><html/>                                                                 | true  | false
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://a/rss.dtd"><rss/> | true | false
            <!DOCTYPE rss SYSTEM "http://a.example/[odd].dtd"><rss/>                               | true  | false
            <!DOCTYPE rss SYSTEM 'http://a.example/q"uote[.dtd'><rss/>                             | true  | false
            <!DOCTYPE rss [<!ENTITY x "y">]><rss/>                                                 | true  | true
            <!DOCTYPE rss[]><rss/>                                                                 | true  | true
            <!DOCTYPE rss SYSTEM "a.dtd" [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]><rss/>        | true  | true
            <?xml version="1.0"?>  <!-- <!DOCTYPE fake [ --> <?pi data?> <!DOCTYPE rss [<!ENTITY x "y">]><rss/> | true | true
            <!-- <!DOCTYPE rss [<!ENTITY x "y">]> --><rss/>                                        | false | false
            <rss><![CDATA[<!DOCTYPE rss [<!ENTITY x "y">]>]]></rss>                                | false | false
            <!DOCTYPE rss [<!ENTITY x "unterminated                                                | true  | true
            <!DOCTYPE rss                                                                          | true  | true
            <!-- unterminated comment                                                              | false | false
            """)
    void findsTheDoctypeAndWhetherItDeclaresAnything(String text, boolean doctype, boolean internalSubset) {
        assertEquals(new Prolog(doctype, internalSubset), Prolog.of(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '\uFEFF<!DOCTYPE rss [<!ENTITY x "y">]><rss/>'
            '\n\t <!DOCTYPE rss [<!ENTITY x "y">]><rss/>'
            """)
    void leadingByteOrderMarkAndWhitespaceAreSkipped(String text) {
        assertEquals(new Prolog(true, true), Prolog.of(text));
    }
}
