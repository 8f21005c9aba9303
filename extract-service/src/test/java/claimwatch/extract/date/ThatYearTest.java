package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import claimwatch.extract.date.DateCandidate.Kind;
import claimwatch.extract.number.Tokens;

class ThatYearTest {

    private static final DateCandidate MAY = new DateCandidate(0, 1, Kind.NO_YEAR, 0, 5, 0, Granularity.MONTH, 0);

    @Test
    void takesTheYearOfTheLastWrittenDate() {
        Tokens tokens = Tokens.of("May of that year");
        DateCandidate anchored = ThatYear.anchor(tokens, MAY, List.of(DateCandidate.fixed(0, 1, 2019, 0, 0),
                DateCandidate.fixed(0, 1, 2021, 3, 0)));
        assertEquals(Kind.FIXED, anchored.kind());
        assertEquals(2021, anchored.year());
        assertEquals(5, anchored.month());
        assertEquals(4, anchored.end());
    }

    @Test
    void theSameYear() {
        Tokens tokens = Tokens.of("May of the same year");
        assertEquals(5, ThatYear.anchor(tokens, MAY, List.of(DateCandidate.fixed(0, 1, 2019, 0, 0))).end());
    }

    @Test
    void withoutAnEarlierWrittenDateNothingChanges() {
        Tokens tokens = Tokens.of("May of that year");
        assertSame(MAY, ThatYear.anchor(tokens, MAY, List.of()));
        assertSame(MAY, ThatYear.anchor(tokens, MAY, List.of(DateCandidate.relative(0, 1, Kind.YEARS_FROM_PUBLISHED, Granularity.YEAR, -1))));
    }

    @Test
    void otherWordsAfterTheMonthChangeNothing() {
        assertSame(MAY, ThatYear.anchor(Tokens.of("May of 2020"), MAY, List.of(DateCandidate.fixed(0, 1, 2019, 0, 0))));
        assertSame(MAY, ThatYear.anchor(Tokens.of("May, that year"), MAY, List.of(DateCandidate.fixed(0, 1, 2019, 0, 0))));
    }
}
