package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameRunsTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A report by the Institute for Maritime Studies was published.          | Institute for Maritime Studies
            It hired Navieras Publicas de Valderra for the job.                    | Navieras Publicas de Valderra
            The trade title Ferry & Fleet Review covered it.                       | Ferry & Fleet Review
            It went to the Museum of the Sea in May.                               | Museum of the Sea
            The marina in Puerto de la Cruz is full.                               | Puerto de la Cruz
            He met Jan van der Berg yesterday.                                     | Jan van der Berg
            Lopez and Chen wrote a report.                                         | Lopez and Chen
            """)
    void connectorsJoinCapitalisedWords(String sentence, String run) {
        assertTrue(runs(sentence).contains(run), runs(sentence).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Valderra's Regional Parliament voted.              | Valderra, Regional Parliament
            The deal with Aldermoor of Norway was signed.      | The, Aldermoor of Norway
            Maria Lopez on Monday met Wei Chen.                | Maria Lopez, Wei Chen
            The ferry for Corva and the ferry for Sereno.       | The, Corva, Sereno
            Apple CEO Steve Jobs spoke.                         | Apple, Steve Jobs
            """)
    void runsBreakAtPossessivesCalendarWordsLowerCaseWordsAndRoleAcronyms(String sentence, String expected) {
        assertEquals(List.of(expected.split(", ")), runs(sentence));
    }

    @Test
    void runsAreRawAndKeepASentenceInitialWordForTheClassifierToJudge() {
        assertEquals(List.of("Ships of Navieras Publicas de Valderra"), runs("Ships of Navieras Publicas de Valderra sail."));
        assertEquals(List.of("The Puerto de la Cruz"), runs("The Puerto de la Cruz marina is full."));
    }

    @Test
    void connectorWithoutACapitalisedWordAfterItEndsTheRun() {
        assertEquals(List.of("Lopez"), runs("Lopez of the ministry spoke."));
        assertEquals(List.of("Institute"), runs("Institute for research only."));
    }

    @Test
    void stopWordsDoNotStartARunExceptThe() {
        assertEquals(List.of("Lopez"), runs("But Lopez left."));
        assertEquals(List.of("The Financial Times"), runs("The Financial Times reported it."));
    }

    @Test
    void sentenceInitialPositions() {
        List<Token> tokens = tokenizer.tokenize("\"Right now, PUERTO ALBA: The deal — Lopez said");
        assertTrue(NameRuns.isSentenceInitial(tokens, 1));
        assertFalse(NameRuns.isSentenceInitial(tokens, 2));
        assertTrue(NameRuns.isSentenceInitial(tokens, indexOf(tokens, "The")));
        assertTrue(NameRuns.isSentenceInitial(tokens, indexOf(tokens, "Lopez")));
        assertFalse(NameRuns.isSentenceInitial(tokens, indexOf(tokens, "said")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Valderra Parliament To Vote On Disputed Ferry Contract",
        "Home | News | Ferries & Transport | Fishing | Community",
        "World Business Markets Europe Technology Climate Sport",
        "Islanders Say New Ferries Are Long Overdue",
        "Aldermoor Shares Climb After Biggest-Ever Order"
    })
    void titleCaseLines(String line) {
        assertTrue(NameRuns.isTitleLine(tokenizer.tokenize(line)), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Valderra signs €430 million ferry contract with Aldermoor Marine",
        "The Financial Times reported that Maria Lopez of the Institute for Maritime Studies was right.",
        "Reporting by Lucia Mendaro; Editing by Hamish Colter",
        "By Ramon Echarri",
        "Share this article",
        "Kiprono breaks course record as record field fills Puerto Alba marathon",
        "\"To be clear,\" Lopez said."
    })
    void ordinaryLines(String line) {
        assertFalse(NameRuns.isTitleLine(tokenizer.tokenize(line)), line);
    }

    @Test
    void connectorLengths() {
        List<Token> tokens = tokenizer.tokenize("Museo de la Ciudad of the Year and Co");
        assertEquals(2, NameRuns.connectorLength(tokens, 1));
        assertEquals(2, NameRuns.connectorLength(tokens, 4));
        assertEquals(1, NameRuns.connectorLength(tokens, 7));
        assertEquals(0, NameRuns.connectorLength(tokens, 0));
        assertEquals(0, NameRuns.connectorLength(tokens, 99));
    }

    private List<String> runs(String sentence) {
        List<Token> tokens = tokenizer.tokenize(sentence);
        boolean[] used = new boolean[tokens.size()];
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!NameRuns.startsName(tokens.get(i))) {
                i++;
                continue;
            }
            int end = NameRuns.runEnd(tokens, i, used);
            runs.add(NameClassifier.text(sentence, tokens, i, end));
            i = end;
        }
        return runs;
    }

    private static int indexOf(List<Token> tokens, String text) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }
}
