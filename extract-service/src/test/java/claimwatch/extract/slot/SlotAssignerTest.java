package claimwatch.extract.slot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import claimwatch.extract.date.DateExtractor;
import claimwatch.extract.money.MoneyExtractor;
import claimwatch.extract.quantity.QuantityExtractor;

class SlotAssignerTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-03-12T09:00:00+01:00");

    private final SlotAssigner slots = new SlotAssigner();

    @Test
    void anEventWordUsedAsAnAdjectiveIsNotTheEvent() {
        assertEquals(List.of("date:agree:deal"),
                keys("But the Klaxon can reveal that the deal was quietly agreed behind closed doors back in 2022."));
    }

    @Test
    void aPassiveVerbTakesItsSubjectAsObject() {
        assertEquals(List.of("date:approve:programme"),
                keys("The programme was approved by the Valderra regional cabinet in March 2023."));
    }

    @Test
    void anActiveVerbStillTakesTheObjectAfterIt() {
        assertEquals(List.of("date:approve:programme"),
                keys("He said the regional cabinet had approved the programme in March 2023."));
    }

    @Test
    void aVerbWithoutAnObjectNounHasNoObject() {
        assertEquals(List.of("date:sign"), keys("It was signed on Monday."));
    }

    @Test
    void closingAsAnEventIsKept() {
        assertEquals(List.of("date:close:tender"), keys("The tender closed on 3 October 2023."));
    }

    @Test
    void theSubjectIsNotTakenAcrossAClauseBreak() {
        assertEquals(List.of("date:close"), keys("Rendal praised the tender and closed the session on Monday."));
    }

    @Test
    void moneyTakesTheNearestThing() {
        assertEquals(List.of("money:contract"), keys("The contract is worth €430 million."));
    }

    private List<String> keys(String sentence) {
        return slots.assign(sentence, new QuantityExtractor().extract(sentence), new MoneyExtractor().extract(sentence),
                new DateExtractor().extract(sentence, PUBLISHED)).stream().map(Slot::key).toList();
    }
}
