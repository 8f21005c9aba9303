package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The subject readers on their own: before the verb, after it, after "according to", and of the sentence. */
class SubjectsTest {

    private static final String NAMES = "Maria Lopez and Wei Chen work at the Institute for Maritime Studies (IMS). "
            + "Ferries serve the islands of Corva and Sereno. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Lopez said it.                                            | said    | Maria Lopez | -                 | main
            The deal is sound, Lopez said.                            | said    | Maria Lopez | -                 | main
            Lopez and Chen wrote it.                                  | wrote   | Maria Lopez; Wei Chen | -         | main
            Lopez, a fellow at the IMS, said it.                      | said    | Maria Lopez | fellow at the IMS | main
            Lopez, 58, a fellow, said it.                             | said    | Maria Lopez | fellow            | main
            Lopez has also said it.                                   | said    | Maria Lopez | -                 | main
            Two officials familiar with the file said it.             | said    | two officials familiar with the file | - | main
            She said it.                                              | said    | she         | -                 | main
            The yard, where officials say jobs depend on it, is busy. | say     | officials   | -                 | subordinate
            The IMS recalled that the ministry warned of delays.      | warned  | ministry    | -                 | main
            The report that Lopez said was wrong is out.              | said    | Maria Lopez | -                 | subordinate
            A spokeswoman for Maria Lopez said it.                    | said    | Maria Lopez | -                 | main
            Its spokeswoman, Maria Lopez, said it.                    | said    | Maria Lopez | spokeswoman       | main
            The new ferry said nothing.                               | said    | -           | -                 | -
            In a statement said the ministry.                         | said    | -           | -                 | -
            Lopez of the IMS said it.                                 | said    | Maria Lopez | -                 | main
            Lopez of the IMS group said it.                           | said    | Maria Lopez | -                 | main
            The IMS said it.                                          | said    | Institute for Maritime Studies | - | main
            Some residents shared an online report that said so.      | said    | -           | -                 | -
            """)
    void subjectBeforeTheVerb(String sentence, String verb, String speakers, String role, String clause) {
        SentenceView view = Views.last(NAMES + sentence);
        assertSubject(SubjectBefore.of(view, Views.indexOf(view, verb)), speakers, role, clause);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            "It is sound," said Lopez.                                   | Maria Lopez | -
            "It is sound," said Maria Lopez, the IMS director.           | Maria Lopez | IMS director
            "It is sound," said its director, Maria Lopez.               | Maria Lopez | director
            "It is sound," said the ministry.                            | ministry    | -
            "It is sound," said she.                                     | she         | -
            "It is sound," said the new ferry.                           | -           | -
            """)
    void speakerAfterTheVerb(String sentence, String speakers, String role) {
        SentenceView view = Views.last(NAMES + sentence);
        assertSubject(SubjectElsewhere.after(view, Views.indexOf(view, "said") + 1), speakers, role, "main");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            It is sound, according to Lopez.                                      | Maria Lopez | -
            It is sound, according to Lopez and Chen.                             | Maria Lopez; Wei Chen | -
            It is sound, according to IMS fellow Maria Lopez.                     | Maria Lopez | IMS fellow
            It is sound, according to figures from the ministry.                  | ministry | -
            It is sound, according to the figures of the IMS.                     | Institute for Maritime Studies | -
            It is sound, according to municipal sources.                          | municipal sources | -
            It is sound, according to the Consejería.                             | Consejería | -
            It is sound, according to a person briefed on it, and cheap.          | person briefed on it | -
            """)
    void sourceAfterAccordingTo(String sentence, String speakers, String role) {
        SentenceView view = Views.last(NAMES + sentence);
        assertSubject(SubjectElsewhere.source(view, Views.indexOf(view, "to") + 1), speakers, role, "main");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Lopez declined to comment but said it.                           | Maria Lopez | -
            But IMS fellow Maria Lopez declined.                             | Maria Lopez | IMS fellow
            The IMS director, Maria Lopez, declined.                         | Maria Lopez | IMS director
            A spokeswoman for Maria Lopez declined.                          | Maria Lopez | -
            Islanders on Corva have welcomed the deal.                       | islanders on Corva | -
            He declined.                                                     | he | -
            The new ferry sailed.                                            | - | -
            """)
    void subjectOfTheSentence(String sentence, String speakers, String role) {
        SentenceView view = Views.last(NAMES + sentence);
        assertSubject(SubjectElsewhere.ofSentence(view), speakers, role, "main");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Some residents shared an online report claiming it.       | claiming | online report
            The tabloid ran a story alleging it.                      | alleging | story
            Lopez ran a statement saying it.                          | saying   | statement
            """)
    void nounBeforeAParticiple(String sentence, String participle, String speakers) {
        SentenceView view = Views.last(NAMES + sentence);
        Optional<Subject> subject = DescribedSubject.beforeParticiple(view, Views.indexOf(view, participle));
        assertEquals(speakers, subject.map(s -> String.join("; ", s.speakers().stream().map(Speaker::name).toList()))
                .orElse(null));
    }

    private static void assertSubject(Optional<Subject> subject, String speakers, String role, String clause) {
        assertEquals(speakers, subject.map(s -> String.join("; ", s.speakers().stream().map(Speaker::name).toList()))
                .orElse(null));
        if (subject.isPresent()) {
            assertEquals(role, subject.get().role());
            assertEquals(clause, subject.get().subordinate() ? "subordinate" : "main");
        }
    }
}
