package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounPhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Two people familiar with the talks                         | two people familiar with the talks | DESCRIBED_GROUP
            A person briefed on the arrangement                        | person briefed on the arrangement  | DESCRIBED_PERSON
            The ministry                                               | ministry                           | DESCRIBED_GROUP
            Race organisers                                            | race organisers                    | DESCRIBED_GROUP
            Joaquin Rendal met them. A spokeswoman for Joaquin Rendal  | Joaquin Rendal                     | PERSON
            Joaquin Rendal met them. Rendal's office                   | Joaquin Rendal                     | PERSON
            The European Commission met. A Commission spokesperson     | European Commission                | ORGANISATION
            Figures from the ministry                                  | ministry                           | DESCRIBED_GROUP
            Figures published by the regional government              | regional government                | DESCRIBED_GROUP
            A report published by the Daily Klaxon on Monday evening   | The Daily Klaxon                   | OUTLET
            The Daily Klaxon exists. The Klaxon's article              | The Daily Klaxon                   | OUTLET
            One website                                                | one website                        | DESCRIBED_OUTLET
            An online report                                           | online report                      | DESCRIBED_OUTLET
            Some reports                                               | some reports                       | DESCRIBED_OUTLET
            The audit report                                           | audit report                       | DESCRIBED_GROUP
            The opposition Green Left group                            | Green Left                         | ORGANISATION
            Two of the island's deputies                               | island's deputies                  | DESCRIBED_GROUP
            Two of its deputies from the island of Corva               | deputies from the island of Corva  | DESCRIBED_GROUP
            Two people from the island of Corva                        | two people from the island of Corva | DESCRIBED_GROUP
            The new ferry                                              | -                                  | -
            In a statement                                             | -                                  | -
            """)
    void speakerOfAPhrase(String text, String name, String kind) {
        SentenceView view = Views.last(text);
        Optional<Speaker> speaker = NounPhrases.speaker(view, 0, view.size());
        assertEquals(name, speaker.map(Speaker::name).orElse(null), text);
        assertEquals(kind, speaker.map(s -> s.kind().name()).orElse(null), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Two people familiar with the talks          | people
            A Commission spokesperson                   | spokesperson
            The chamber's speaker                       | speaker
            The opposition Green Left group             | group
            Two of the island's deputies                | deputies
            Officials in the region                     | Officials
            """)
    void headIsTheLastSpeakerNounBeforeAPreposition(String text, String head) {
        SentenceView view = Views.last(text);
        assertEquals(head, view.token(NounPhrases.head(view, 0, view.size())).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Two people familiar with the talks said it.          | two people familiar with the talks
            It went well, the Belgian government said.           | Belgian government
            Valderra's audit chamber said it.                     | Valderra's audit chamber
            Norwegian officials said it.                          | Norwegian officials
            Regional officials said it.                           | regional officials
            Nordvik officials said it.                            | Nordvik officials
            It rained on the greenfield site. Greenfield officials said it. | greenfield officials
            """)
    void descriptionsKeepOnlyMeaningfulCapitals(String sentence, String description) {
        SentenceView view = Views.last(sentence);
        int said = Views.indexOf(view, "said");
        int from = said;
        while (from > 0 && !view.isBreak(from - 1)) {
            from--;
        }
        int start = NounPhrases.skipDeterminers(view, from, said);
        assertEquals(description, Descriptions.describe(view, start, said));
    }
}
