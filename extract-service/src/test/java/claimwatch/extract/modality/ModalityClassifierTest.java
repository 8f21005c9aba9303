package claimwatch.extract.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.entity.SampleArticles;
import claimwatch.extract.sentence.Sentence;

class ModalityClassifierTest {

    private final ModalityClassifier classifier = new ModalityClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The ministry said on Tuesday that the contract was signed.                        | asserted    |
            Shares rose 4.1% in London on Monday.                                              | asserted    |
            The contract was not signed by the minister.                                       | negated     | not
            The firm didn't pay the advance.                                                   | negated     | didn't
            The firm didn’t pay the advance.                                                   | negated     | didn’t
            The region cannot renegotiate the price.                                           | negated     | cannot
            No payment was made to the builder.                                                | negated     | no
            The yard has had no major contract since 2011.                                     | negated     | no
            The minister never signed the second page.                                         | negated     | never
            Neither figure matches the published contract.                                     | negated     | neither
            The deal is fair, nor is the price too high.                                       | negated     | nor
            None of the runners needed hospital treatment.                                     | negated     | none
            Nothing has been paid to Aldermoor.                                                | negated     | nothing
            Nobody is against new ferries.                                                     | negated     | nobody
            The contract was signed without a vote in parliament.                              | negated     | without
            Aldermoor has denied receiving any payment.                                        | negated     | denied
            A spokeswoman said no money would be paid before the vote.                         | negated     | no
            The company denies that it received an advance.                                    | negated     | denies
            """)
    void negations(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The deal covers not only ferries but also two shore stations.                      | asserted |
            The ships must be delivered no later than 2030.                                    | asserted |
            The work must start no earlier than June.                                          | asserted |
            The fund will cover no more than 28% of the cost.                                  | asserted |
            The price rose by no less than 23%.                                                | asserted |
            There is no doubt the ferries are needed.                                          | asserted |
            The audit is, without doubt, the longest yet.                                      | asserted |
            They deserve new ferries, not a cheque that nobody can explain.                    | asserted |
            Voters in Corva said no to the plan.                                               | asserted |
            She could say no and go home.                                                      | hedged   | could
            The ferry left from Pier No. 2 at noon.                                            | asserted |
            The film "No Time to Die" earned $800 million.                                     | asserted |
            Whether or not the vote passes, the yard will hire 300 people.                     | asserted |
            """)
    void wordsThatOnlyLookNegative(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The remainder comes from a loan from a bank, which has not yet been signed.            | asserted |
            The contract includes penalties, although their size has not been disclosed.           | asserted |
            Although the size has not been disclosed, the contract includes penalties.             | asserted | 
            Recovery money has been attached to projects that were never going to finish by 2026. | asserted |
            The firm, whose founder never spoke to the press, won the tender.                      | asserted |
            The price rose because steel did not get cheaper.                                      | asserted |
            Ferries were cancelled when the old boats could not sail.                             | asserted |
            The question is whether the price will hold, as the chamber had warned that costs could rise. | asserted |
            He should have proposed at kilometre one so she could say no.                          | asserted |
            The report that was published on Tuesday does not show any payment.                    | negated  | not
            Lopez said that the deal was not signed.                                               | negated  | not
            """)
    void negationInAnUnrelatedClauseDoesNotCount(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "We will not pay a cent," Lopez said.                                               | negated  | not
            Aldermoor said it "has not received any payment from the government."               | negated  | not
            "Nobody is against new ferries.                                                      | negated  | nobody
            """)
    void negationInsideQuotedSpeechCounts(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            If the agreement is ratified, Aldermoor will begin cutting steel.                    | conditional | if
            Steel cutting is planned for 2025 if the parliament ratifies the contract.           | conditional | if
            The deputies would support it only if Corva received firm dates.                      | conditional | if
            Payments will stop unless the milestones are met.                                     | conditional | unless
            The fund will pay provided that the work is finished by 2026.                         | conditional | provided that
            The bank lends on condition that the region guarantees the loan.                      | conditional | on condition that
            The islanders will wait as long as someone tells them the truth.                      | conditional | as long as
            "If there had been an advance, it would be in the ledgers.                            | conditional | if
            If the agreement is not ratified, the region will relaunch the tender.               | conditional | if
            And if it doesn't?                                                                     | conditional | if
            The region has very little room if something goes wrong.                              | conditional | if
            The ferry will sail at night if necessary.                                            | conditional | if
            """)
    void conditions(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Reporters asked if the contract had been signed.                                      | asserted |
            Nobody knows if the vote will pass.                                                   | negated  | nobody
            The minister wondered if the price was right.                                         | asserted |
            The yard looked as if it had been abandoned.                                          | asserted |
            Even if the vote passes, the price stays at €430 million.                             | asserted |
            Few, if any, of the bidders met the deadline.                                         | asserted |
            Dozens, if not hundreds, of sailings were cancelled.                                  | asserted |
            The figures are kept for several years as long as 2030.                               | asserted |
            Work will take as long as three years.                                                | asserted |
            """)
    void wordsThatOnlyLookConditional(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Aldermoor reportedly hired a former adviser.                                          | hedged | reportedly
            Aldermoor allegedly pocketed a €15 million advance.                                   | hedged | allegedly
            Costs could rise further.                                                             | hedged | could
            The contract may be delayed.                                                          | hedged | may
            The vote might slip to May.                                                           | hedged | might
            The price appears to exclude maintenance.                                             | hedged | appears to
            The ferries appear to be late.                                                        | hedged | appear to
            The deal seems to favour the yard.                                                    | hedged | seems to
            The parliament is expected to vote next month.                                        | hedged | is expected to
            The designs are expected to burn 40% less fuel.                                       | hedged | are expected to
            The vote is likely to pass.                                                           | hedged | likely
            The first ferry will possibly arrive in 2027.                                         | hedged | possibly
            The minister is believed to favour the deal.                                          | hedged | is believed to
            The audit suggests the price was set too early.                                       | hedged | suggests
            A buyer is rumoured to be in talks.                                                   | hedged | rumoured
            The first unit would arrive in 2027.                                                  | hedged | would
            Further increases could not be ruled out.                                             | hedged | could not be ruled out
            The auditors did not rule out further increases.                                      | hedged | did not rule out
            A rise cannot be ruled out.                                                           | hedged | cannot be ruled out
            She expected the hearing to take place before the vote.                               | hedged | expected
            Analysts had expected profit of €2 million.                                           | hedged | expected
            Aldermoor expects to begin cutting steel early next year.                             | hedged | expects to
            The yard expects a busy year.                                                         | hedged | expects
            The deal will almost certainly pass.                                                  | hedged | almost certainly
            The company is said to be in talks.                                                   | hedged | is said to
            """)
    void hedges(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rendal said the first of the new ferries would enter service in 2027.                 | asserted |
            Rendal told Meridian Wire that the ferry would enter service in 2027.                 | asserted |
            Two officials said the region would have to show the work was done.                   | asserted |
            I would like to believe him.                                                          | asserted |
            I would rather sign a good contract next week.                                        | asserted |
            The vote is due in May.                                                               | asserted |
            May 18 is the day of the vote.                                                        | asserted |
            The ferries carry twice as many cars, which would ease the queues.                    | asserted |
            The auditors found that the expected cost had risen 23%.                              | asserted |
            A report alleged that the builder had received an advance.                            | asserted |
            The price is due to be set in May.                                                    | asserted |
            The deal will certainly pass.                                                         | asserted |
            """)
    void wordsThatOnlyLookHedged(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Will it pass?                                                                         | asserted |
            "Is it fair?"                                                                         | asserted |
            Why does it feel like bad news?                                                       | asserted |
            Does the deal not add up?                                                             | negated | not
            Could the deal still fail?                                                            | hedged | could
            """)
    void questionsAreAssertedUnlessACueSaysOtherwise(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            If the first ship goes elsewhere, people here will not forget it.                     | negated     | not
            If it gets through, the ferries could be sailing by 2027.                             | conditional | if
            The firm allegedly did not pay tax.                                                   | negated     | not
            If those milestones are missed, the Commission could ask for the money back.          | conditional | if
            """)
    void priorityIsNegatedThenConditionalThenHedged(String sentence, String modality, String cue) {
        assertReading(sentence, modality, cue);
    }

    @Test
    void emptySentenceIsAsserted() {
        assertEquals(ModalityReading.ASSERTED, classifier.classify(""));
        assertEquals(ModalityReading.ASSERTED, classifier.classify("   "));
    }

    @Test
    void cueIsTheFirstOneOfTheWinningKind() {
        assertEquals("reportedly", classifier.classify("The firm reportedly could face fines.").cue());
        assertEquals("could", classifier.classify("Costs could rise, and they might rise further.").cue());
    }

    @Test
    void sampleArticlesHaveTheHedgedConditionalAndNegatedClaimsOfTheirGroundTruth() {
        Map<String, List<String>> expected = Map.of(
                "articles/01-", List.of("hedged:The price appears to exclude", "conditional:If the agreement is ratified",
                        "negated:A separate ten-year service agreement", "hedged:Its last two ferry projects"),
                "articles/10-", List.of("negated:Public records examined", "negated:They show fees",
                        "negated:Nothing has been paid", "negated:Aldermoor said in a statement"),
                "pasted/13-", List.of("hedged:Ines Carbonell", "conditional:If the agreement is ratified",
                        "conditional:If the contract is rejected", "negated:Payment records released"),
                "articles/08-", List.of("hedged:The auditors found", "conditional:Hull construction"),
                "articles/11-", List.of("hedged:BRUXELLES", "conditional:If those milestones"));
        expected.forEach((sample, readings) -> {
            List<Sentence> sentences = SampleArticles.sentences(sample);
            for (String reading : readings) {
                String modality = reading.substring(0, reading.indexOf(':'));
                String start = reading.substring(reading.indexOf(':') + 1);
                Sentence sentence = sentences.stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
                assertEquals(modality, classifier.classify(sentence.text()).value().label(), sample + " " + start);
            }
        });
    }

    @Test
    void museumStoryIsAssertedExceptForItsOneExpectation() {
        for (Sentence sentence : SampleArticles.sentences("articles/12-")) {
            ModalityReading reading = classifier.classify(sentence.text());
            boolean expectation = sentence.text().startsWith("The museum expects to receive");
            assertEquals(expectation ? new ModalityReading(Modality.HEDGED, "expects to") : ModalityReading.ASSERTED,
                    reading, sentence.text());
        }
    }

    private void assertReading(String sentence, String modality, String cue) {
        ModalityReading reading = classifier.classify(sentence);
        assertEquals(modality, reading.value().label(), sentence);
        if (cue == null || cue.isBlank()) {
            assertNull(reading.cue(), sentence);
        } else {
            assertEquals(cue.strip(), reading.cue(), sentence);
        }
    }
}
