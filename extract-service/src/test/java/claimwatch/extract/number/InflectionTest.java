package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InflectionTest {

    @ParameterizedTest
    @CsvSource({"ferries,ferry", "howitzers,howitzer", "vessels,vessel", "people,person", "children,child", "men,man",
            "women,woman", "feet,foot", "teeth,tooth", "data,data", "staff,staff", "police,police", "aircraft,aircraft",
            "series,series", "companies,company", "lorries,lorry", "classes,class", "businesses,business",
            "taxes,tax", "churches,church", "bushes,bush", "heroes,hero", "photos,photo", "buses,bus",
            "viruses,virus", "bonuses,bonus", "lives,life", "wolves,wolf", "halves,half", "drives,drive",
            "archives,archive", "prices,price", "houses,house", "courses,course", "analyses,analysis",
            "crises,crisis", "movies,movie", "shoes,shoe", "headaches,headache", "refits,refit", "newbuilds,newbuild",
            "sales,sales", "ro-pax,ro-pax", "news,news", "ferry,ferry", "business,business", "virus,virus",
            "crisis,crisis", "works,work", "k9s,k9"})
    void singular(String plural, String singular) {
        assertEquals(singular, Inflection.singular(plural));
    }

    @ParameterizedTest
    @CsvSource({"page,pages", "seat,seats", "turbine,turbines", "person,people", "child,children", "ferry,ferries",
            "day,days", "storey,storeys", "bus,buses", "box,boxes", "church,churches", "crash,crashes",
            "staff,staff", "crisis,crises", "life,lives", "man,men"})
    void plural(String singular, String plural) {
        assertEquals(plural, Inflection.plural(singular));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ferries", "people", "staff", "data", "jobs", "k9s", "sales", "others"})
    void plurals(String word) {
        assertTrue(Inflection.isPlural(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ferry", "news", "business", "virus", "crisis", "gas", "its", "us", "npv's", "hull",
            "ro-pax", "as", "dangerous"})
    void notPlurals(String word) {
        assertFalse(Inflection.isPlural(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "aircraft", "sheep", "data"})
    void invariantWords(String word) {
        assertTrue(Inflection.isInvariant(word));
        assertEquals(word, Inflection.singular(word));
        assertEquals(word, Inflection.plural(word));
    }
}
