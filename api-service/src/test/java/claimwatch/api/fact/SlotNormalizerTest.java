package claimwatch.api.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotNormalizerTest {

    private final SlotNormalizer normalizer = new SlotNormalizer();

    private NormalizedSlot count(String key, String item) {
        return normalizer.normalize(key, item, null, null);
    }

    private NormalizedSlot date(String key, String role) {
        return normalizer.normalize(key, null, null, role);
    }

    @ParameterizedTest
    @CsvSource({ "money:contract", "money:deal", "money:price", "money:agreement", "money:purchase" })
    void contractValueSynonymsShareOneStrongSlot(String key) {
        NormalizedSlot slot = normalizer.normalize(key, null, null, null);
        assertEquals("money:contract", slot.slot());
        assertEquals("contract value", slot.label());
        assertFalse(slot.weak());
    }

    @ParameterizedTest
    @CsvSource({ "money:value", "money:cost", "money:amount", "money:total" })
    void genericMoneyKeysAreWeakAndMayJoinAnyMoneyFact(String key) {
        NormalizedSlot slot = normalizer.normalize(key, null, null, null);
        assertTrue(slot.weak());
        assertTrue(slot.mayJoin("money:contract"));
        assertTrue(slot.mayJoin("money:funding"));
        assertFalse(slot.mayJoin("count:vessel:new"));
        assertFalse(slot.mayJoin("moneybox:x"));
    }

    @Test
    void otherMoneyFamilies() {
        assertEquals("money:funding", normalizer.normalize("money:grant", null, null, null).slot());
        assertEquals("money:payment", normalizer.normalize("money:advance", null, null, null).slot());
        assertEquals("money:order", normalizer.normalize("money:order", null, null, null).slot());
        NormalizedSlot other = normalizer.normalize("money:bonus", null, null, null);
        assertEquals("money:bonus", other.slot());
        assertFalse(other.weak());
    }

    @ParameterizedTest
    @CsvSource({ "count:ferry, new hybrid-electric ferries", "count:boat, new boats", "count:ferry, brand-new ferries",
            "count:newbuild, newbuilds", "count:vessel, new vessels", "count:ship, newbuilds" })
    void newVesselsByModifierOrHead(String key, String item) {
        NormalizedSlot slot = count(key, item);
        assertEquals("count:vessel:new", slot.slot());
        assertFalse(slot.weak());
    }

    @ParameterizedTest
    @CsvSource({ "count:vessel, older vessels", "count:vessel, existing vessels", "count:ship, operator's existing ships",
            "count:vessel, clapped-out vessels", "count:refit, refits", "count:ship, ageing ships", "count:retrofit, " })
    void existingVesselsByModifierOrHead(String key, String item) {
        assertEquals("count:vessel:old", count(key, item).slot());
    }

    @ParameterizedTest
    @CsvSource({ "count:vessel, vessels", "count:ship, ships", "count:ferry, ferries", "count:vessel, hybrid-electric vessels",
            "count:ship, oldest ships", "count:vessel, " })
    void vesselCountsWithoutModifierAreWeakAndMayJoinEither(String key, String item) {
        NormalizedSlot slot = count(key, item);
        assertEquals("count:vessel", slot.slot());
        assertTrue(slot.weak());
        assertTrue(slot.mayJoin("count:vessel:new"));
        assertTrue(slot.mayJoin("count:vessel:old"));
        assertFalse(slot.mayJoin("count:vesselx"));
    }

    @Test
    void bidsOffersAndBiddersAreOneSlotAndCompaniesMayJoinIt() {
        assertEquals("count:bid", count("count:offer", "offers").slot());
        assertEquals("count:bid", count("count:bidder", null).slot());
        NormalizedSlot companies = count("count:company", "companies");
        assertTrue(companies.weak());
        assertTrue(companies.mayJoin("count:bid"));
        assertFalse(companies.mayJoin("count:job"));
    }

    @Test
    void agesTimesAndCountsWithAUnitAreWeakAndJoinNothing() {
        NormalizedSlot age = normalizer.normalize("count:age", null, "years", null);
        assertTrue(age.weak());
        assertNull(age.scope());
        assertFalse(age.mayJoin("count:age"));
        assertTrue(normalizer.normalize("count:vessel", null, "metres", null).weak());
        assertTrue(count("count:time", null).weak());
        assertFalse(normalizer.normalize("count:time", "times", "times", null).slot().isEmpty());
    }

    @Test
    void measuresAreWeak() {
        NormalizedSlot years = normalizer.normalize("measure:years", null, "years", null);
        assertTrue(years.weak());
        assertEquals("measure:years", years.slot());
    }

    @ParameterizedTest
    @CsvSource({ "percent:cost", "percent:bill", "percent:programme", "percent:budget" })
    void costIncreasePercentages(String key) {
        assertEquals("percent:cost", normalizer.normalize(key, null, "percent", null).slot());
    }

    @Test
    void otherPercentagesKeepTheirHead() {
        assertEquals("percent:fuel", normalizer.normalize("percent:fuel", null, "percent", null).slot());
        assertEquals("fuel (%)", normalizer.normalize("percent:fuel", null, "percent", null).label());
    }

    @ParameterizedTest
    @CsvSource({ "date:approve:programme", "date:agree:deal", "date:approve", "date:approve:contract", "date:authorise:plan",
            "date:approve:ferry" })
    void approvalOfTheContractOrProgrammeIsOneSlot(String key) {
        NormalizedSlot slot = date(key, "event");
        assertEquals("date:approve", slot.slot());
        assertFalse(slot.weak());
        assertEquals("approval date", slot.label());
    }

    @Test
    void approvalOfSomethingElseHasItsOwnSlot() {
        assertEquals("date:approve:refit", date("date:agree:refit", "event").slot());
    }

    @Test
    void aGenericEventWithoutObjectOnlyJoins() {
        NormalizedSlot agreed = date("date:agree", "event");
        assertTrue(agreed.weak());
        assertTrue(agreed.joinOnly());
        assertTrue(agreed.mayJoin("date:approve"));
        NormalizedSlot published = date("date:publish", "event");
        assertTrue(published.joinOnly());
        assertTrue(published.mayJoin("date:publish:report"));
        assertFalse(published.mayJoin("date:sign"));
    }

    @ParameterizedTest
    @CsvSource({ "date:sign", "date:sign:contract", "date:sign:ferry", "date:ink:deal", "date:formalise:agreement" })
    void signingIsStrongWithOrWithoutObject(String key) {
        NormalizedSlot slot = date(key, "event");
        assertEquals("date:sign", slot.slot());
        assertFalse(slot.weak());
    }

    @Test
    void reportsAndAuditsArePublishedInOneSlot() {
        assertEquals("date:publish:report", date("date:publish:audit", "event").slot());
        assertEquals("date:publish:report", date("date:publish:report", null).slot());
        assertEquals("date:publish:paper", date("date:publish:paper", null).slot());
        assertEquals("date:close:tender", date("date:close:tender", null).slot());
    }

    @Test
    void serviceEntryFamily() {
        assertEquals("date:enter", date("date:arrive", "event").slot());
        assertEquals("date:enter", date("date:enter:ferry", "event").slot());
        assertEquals("date:enter", date("date:complete:programme", "event").slot());
        assertTrue(date("date:deliver", "event").joinOnly());
    }

    @Test
    void deadlinesAndSinceDatesHaveTheirOwnSlots() {
        NormalizedSlot deadline = date("date:enter", "deadline");
        assertEquals("date:enter/by", deadline.slot());
        assertEquals("entry into service (deadline)", deadline.label());
        assertEquals("date:enter/since", date("date:enter", "since").slot());
        assertEquals("date:enter", date("date:enter", "period").slot());
        NormalizedSlot weakDeadline = date("date:complete", "deadline");
        assertTrue(weakDeadline.mayJoin("date:enter/by"));
        assertFalse(weakDeadline.mayJoin("date:enter"));
        assertFalse(date("date:complete", "event").mayJoin("date:enter/by"));
    }

    @Test
    void unknownDateEventsAreStrongOnlyWithAnObject() {
        assertFalse(date("date:open:museum", null).weak());
        NormalizedSlot bare = date("date:open", null);
        assertTrue(bare.weak());
        assertFalse(bare.joinOnly());
    }

    @Test
    void unknownKeysAreTheirOwnStrongSlots() {
        NormalizedSlot seats = count("count:seat", "seats");
        assertEquals("count:seat", seats.slot());
        assertFalse(seats.weak());
        assertEquals("number of seats", seats.label());
        assertEquals("number of lorries", count("count:lorry", "lorries").label());
        assertEquals("number of deputies", count("count:deputy", null).label());
        assertEquals("ratio:car", normalizer.normalize("ratio:car", "cars", "times", null).slot());
    }

    @Test
    void keysAreCaseInsensitive() {
        assertEquals("money:contract", normalizer.normalize("MONEY:Deal", null, null, null).slot());
    }

    @Test
    void weakenedSlotsJoinOnlyTheirOwnSlot() {
        NormalizedSlot weakened = normalizer.normalize("money:contract", null, null, null).weakened();
        assertTrue(weakened.weak());
        assertTrue(weakened.mayJoin("money:contract"));
        assertFalse(weakened.mayJoin("money:funding"));
    }
}
