package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reporting constructions a sentence has, before pronouns are resolved and frames merged. */
class FrameFinderTest {

    private static final String NAMES = "Maria Lopez works at the Institute for Maritime Studies (IMS). ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Lopez said the deal was sound.                                      | SPEECH said Maria Lopez
            "The deal is sound," Lopez said.                                    | SPEECH said Maria Lopez
            "My friend said it was sound," Lopez said.                          | SPEECH said Maria Lopez
            "It is sound," said Lopez.                                          | SPEECH said Maria Lopez
            Lopez declined to comment but said it was sound.                    | SPEECH said Maria Lopez
            It is sound, according to the IMS.                                  | ACCORDING_TO according to Institute for Maritime Studies
            The IMS reports, citing Lopez, that it is sound.                    | SPEECH reports Institute for Maritime Studies, CITING citing Maria Lopez
            Lopez pointed to a study.                                           | SPEECH pointed to Maria Lopez
            She said yes.                                                       | none
            Lopez welcomed the decision.                                        | none
            The firm is said to be in talks.                                    | none
            The survey found four pairs.                                        | none
            The survey found that four pairs nest.                              | SPEECH found survey
            The survey found the pairs had moved.                               | SPEECH found survey
            Lopez put the value at €520m.                                       | none
            Some reports put the value at €520m.                                | SPEECH put some reports
            Lopez insisted it was fixed and said penalties applied.             | SPEECH insisted Maria Lopez, SPEECH said Maria Lopez
            """)
    void frames(String sentence, String expected) {
        SentenceView view = Views.last(NAMES + sentence);
        List<String> frames = FrameFinder.find(view).stream()
                .map(f -> f.type() + " " + f.cue() + " " + String.join("; ", f.speakers().stream().map(Speaker::name).toList()))
                .toList();
        assertEquals(expected, frames.isEmpty() ? "none" : String.join(", ", frames));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            El Faro de Valderra reported on Tuesday that it rained.     | OUTLET
            Meridian Wire said the vote was set.                        | OUTLET
            The IMS reported a loss.                                    | OUTLET
            The IMS said the vote was set.                              | ORGANISATION
            Lopez reported that it rained.                              | PERSON
            """)
    void organisationThatReportsIsAnOutlet(String sentence, String kind) {
        SentenceView view = Views.last(NAMES + sentence);
        assertEquals(kind, FrameFinder.find(view).get(0).speakers().get(0).kind().name());
    }
}
