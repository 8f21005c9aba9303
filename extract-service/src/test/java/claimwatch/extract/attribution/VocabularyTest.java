package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The word lists agree with each other where the rules rely on it. */
class VocabularyTest {

    @Test
    void everyInvertingVerbIsAReportingVerb() {
        for (String verb : List.of("said", "says", "added", "explained", "declared", "warned", "wrote", "asked",
                "replied", "insisted", "admitted", "recalled", "joked", "laughed", "fumed", "argued", "claimed")) {
            assertTrue(ReportingVerbs.inverts(verb), verb);
            assertTrue(ReportingVerbs.isCue(verb), verb);
        }
        assertFalse(ReportingVerbs.inverts("told"));
    }

    @Test
    void participlesAreReportingVerbs() {
        for (String participle : List.of("saying", "claiming", "alleging", "warning", "arguing", "insisting")) {
            assertTrue(ReportingVerbs.isParticiple(participle), participle);
            assertTrue(ReportingVerbs.isCue(participle), participle);
        }
    }

    @Test
    void verbsThatNeedAClauseAndVerbsOnlyForOutlets() {
        assertTrue(ReportingVerbs.needsClause("found"));
        assertFalse(ReportingVerbs.needsClause("said"));
        assertTrue(ReportingVerbs.isOutletOnly("put"));
        assertFalse(ReportingVerbs.isOutletOnly("reported"));
        assertFalse(ReportingVerbs.isCue("states"));
        assertFalse(ReportingVerbs.isCue("welcomed"));
    }

    @Test
    void documentsSpeakersProxiesAndOutlets() {
        assertTrue(SpeakerNouns.isDocument("figures"));
        assertTrue(SpeakerNouns.isSpeaker("figures"));
        assertTrue(SpeakerNouns.isProxy("spokeswoman"));
        assertTrue(SpeakerNouns.isOutlet("website"));
        assertTrue(SpeakerNouns.makesNewsReport("online"));
        assertTrue(SpeakerNouns.isPerson("person"));
        assertTrue(SpeakerNouns.isPerson("spokeswoman"));
        assertFalse(SpeakerNouns.isPerson("officials"));
        assertFalse(SpeakerNouns.isSpeaker("ferry"));
    }

    @Test
    void closedWordClasses() {
        assertTrue(Words.blocks("was"));
        assertTrue(Words.blocks("said"));
        assertFalse(Words.isClauseWord("said"));
        assertTrue(Words.isClauseWord("that"));
        assertTrue(Words.mayComeBeforeVerb("also"));
        assertTrue(Words.isSubordinator("where"));
        assertTrue(Words.isPronoun("she"));
        assertTrue(Words.isNotAName("meanwhile"));
        assertFalse(Words.isNotAName("lopez"));
    }

    @Test
    void capitalisedItIsNoPronounInAView() {
        SentenceView view = Views.last("The IT worker said it was fine.");
        assertFalse(view.isPronoun(1));
        assertTrue(view.isPronoun(Views.indexOf(view, "it")));
    }
}
