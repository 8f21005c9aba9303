package claimwatch.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.Tokens;

class ItemReaderTest {

    /** The item read from the first token, as "text|key|plural". */
    private static String read(String text, boolean singular) {
        Tokens tokens = Tokens.of(text);
        Optional<Item> item = ItemReader.read(tokens, 0, singular);
        return item.map(i -> i.text() + "|" + i.key() + "|" + i.plural()).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"jobs at the yard;jobs|job|true", "new hybrid ferries will;new hybrid ferries|ferry|true",
            "K9 self-propelled howitzers and;K9 self-propelled howitzers|k9|true", "K9s in 2026;K9s|k9|true",
            "A330neo jets;A330neo jets|a330neo|true", "hybrid-electric vessels;hybrid-electric vessels|vessel|true",
            "battery-hybrid ro-pax ferries;battery-hybrid ro-pax ferries|ferry|true",
            "hybrid and fully electric ferries since;hybrid and fully electric ferries|ferry|true",
            "photographs and drone videos of;photographs and drone videos|photograph|true",
            "people familiar with;people|person|true", "staff on site;staff|staff|true", "aircraft were;aircraft|aircraft|true",
            "children under ten;children|child|true", "local jobs;local jobs|job|true",
            "operator's existing ships;operator's existing ships|ship|true", "other projects;other projects|project|true",
            "public ferry contracts they examined;public ferry contracts|contract|true",
            "refrigerated lorries to;refrigerated lorries|lorry|true", "Corva deputies said;Corva deputies|deputy|true",
            "sales rose;sales|sales|true", "news outlets ran;news outlets|outlet|true"})
    void pluralHeads(String text, String expected) {
        assertEquals(expected, read(text, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"new ferry will;new ferry|ferry|false", "ferry operator said;ferry operator|operator|false",
            "abstention.;abstention|abstention|false", "bidder remains;bidder|bidder|false",
            "bridge needs repairs;bridge|bridge|false", "double-ended ro-pax with;double-ended ro-pax|ro-pax|false",
            "service agreement is;service agreement|agreement|false", "installed wind capacity by;installed wind capacity|capacity|false",
            "time trial on;time trial|trial|false", "website was;website|website|false", "hull is;hull|hull|false"})
    void singularHeads(String text, String expected) {
        assertEquals(expected, read(text, true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"boat from Sereno;boat|boat|false", "finished race leaders;finished race leaders|leader|true",
            "hybrid and;hybrid|hybrid|false", "big green and;big green|green|false"})
    void withoutAPluralTheFirstWordsAreTaken(String text, String expected) {
        assertEquals(expected, read(text, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"of the ships", "the ships", "and ships", ", ships", "finished.", "to 400", "300 jobs", "",
            "was sold", "finished the race"})
    void noItem(String text) {
        assertEquals("none", read(text, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"big old rusty small slow ships;big old rusty small slow ships|ship|true",
            "big old rusty small slow grey ships;big old rusty|rusty|false"})
    void aPluralHeadMustComeWithinSixWords(String text, String expected) {
        assertEquals(expected, read(text, false));
    }
}
