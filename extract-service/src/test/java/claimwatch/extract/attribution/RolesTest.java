package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Lopez, senior fellow for naval affairs at the IMS, said.      | senior fellow for naval affairs at the IMS
            Lopez, the mayor of Corva, said.                              | mayor of Corva
            Lopez, 58, a fisherman from Corva, said.                      | fisherman from Corva
            Lopez, of the Centre for Coastal Transport Studies, said.     | -
            Lopez, who trains on the coast path, said.                    | -
            Lopez, a fellow who joined in 2019, said.                     | fellow
            Lopez, the deal will cost more, said.                         | -
            Lopez, a research group based in Lisbon, said.               | -
            Lopez, Valderra's regional minister for transport, said.      | Valderra's regional minister for transport
            Lopez, its transport spokeswoman, said.                       | transport spokeswoman
            """)
    void appositives(String sentence, String role) {
        SentenceView view = Views.last(sentence);
        int first = Views.indexOf(view, ",");
        int last = view.size() - 3;
        assertEquals(role, Roles.appositive(view, first + 1, last));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Aldermoor Marine Engineering is big. Aldermoor chief executive Fiona Hale said so.   | Fiona | Aldermoor chief executive
            Opposition deputy Marta Quiroga said so.                                              | Marta | Opposition deputy
            But furious opposition deputy Marta Quiroga said so.                                  | Marta | furious opposition deputy
            Kansas senator Sam Brownback said so.                                                 | Sam   | Kansas senator
            Maritime expert Ines Carbonell said so.                                               | Ines  | Maritime expert
            Fish merchant Ander Goikoetxea said so.                                               | Ander | Fish merchant
            The Belgian minister Jan Peeters said so.                                             | Jan   | Belgian minister
            A process Carbonell estimated would take years.                                       | Carbonell | -
            The researcher Inés Carbonell said so.                                                | Inés  | researcher
            Councillor for sport Andrea Vives said so.                                            | Andrea | Councillor for sport
            """)
    void wordsBeforeTheName(String text, String name, String role) {
        SentenceView view = Views.last(text);
        assertEquals(role, Roles.beforeName(view, 0, Views.indexOf(view, name)));
    }
}
