package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NavigationLineTest {

    private final NavigationLine rule = new NavigationLine();

    @ParameterizedTest
    @ValueSource(strings = {"Home | News | Ferries & Transport | Fishing | Community | Events | Weather | Tide tables",
        "NEWS | SHOWBIZ | SPORT | MONEY | TRAVEL | VIRAL | PUZZLES", "World  Business  Markets  Europe  Technology  Climate  Sport",
        "News > World News", "SPORT > RUNNING", "Home › News › World", "MACPA · Plaza de la Aduana s/n · Tuesday to Sunday, 10:00-20:00 · Free entry until 29 March",
        "FTSE 100 7,669.2 +0.3% · DAX 17,746.3 -0.1% · EUR/USD 1.0925 · GBP/EUR 1.1690 · Brent $82.21",
        "About · Code of conduct · Contact", "Rail\tMaritime\tAviation"})
    void recognisesMenusAndStrips(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The deal.  It was signed on Monday.  Everyone was there.", "Growth > 5% is expected, the bank said in its report on Tuesday.",
        "Álvaro Medina · Puerto Alba", "Valderra agrees €430m deal for six new ferries and nine refits",
        "The vote, the minister said | in a statement on Friday | would take place in April as planned by the government."})
    void leavesProseAndShortPairs(String line) {
        assertFalse(rule.matches(line), line);
    }
}
