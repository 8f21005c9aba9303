package claimwatch.extract.entity;

import java.util.List;
import java.util.Set;

/**
 * Finds runs of capitalised words in a sentence, joined by the small words names contain ("Institute for Maritime
 * Studies", "Navieras Publicas de Valderra", "Ferry &amp; Fleet Review"), and tells lines written in title case.
 */
final class NameRuns {

    private static final Set<String> CONNECTORS = Lexicon.of("of", "for", "and", "&", "de", "del", "da", "das", "do",
            "dos", "di", "du", "des", "van", "von", "der", "den", "y", "la", "le", "las", "los", "of the", "for the",
            "de la", "de las", "de los", "van der", "van den", "von der");

    /** Connectors at which a run that is not an organisation falls apart into separate names. */
    private static final Set<String> ENGLISH_CONNECTORS = Lexicon.of("of", "for", "and", "&", "the");

    private static final Set<String> HEADLINE_WORDS = Lexicon.of("to", "on", "in", "for", "with", "as", "at", "of",
            "and", "by", "from", "is", "are", "over", "after", "into", "amid", "vs", "says", "say");

    private static final int MIN_ALL_CAPITAL_LINE = 5;

    private NameRuns() {
    }

    static boolean startsName(Token token) {
        return token.capitalised() && !isCalendar(token) && !isRoleAcronym(token)
                && (!CommonWords.isStop(token.lower()) || token.is("the") || token.allCaps());
    }

    /** A capitalised word that is not a function word; in capitals it is an acronym even so ("the WHO", "US"). */
    static boolean continuesName(Token token) {
        return token.capitalised() && !isCalendar(token) && !isRoleAcronym(token)
                && (!CommonWords.isStop(token.lower()) || token.allCaps());
    }

    /** "Apple CEO Steve Jobs" is an organisation, a role and a person, not one name. */
    private static boolean isRoleAcronym(Token token) {
        return token.allCaps() && PersonWords.isRole(token.lower());
    }

    /** End (exclusive) of the run that starts at from. */
    static int runEnd(List<Token> tokens, int from, boolean[] used) {
        int j = from + 1;
        while (j < tokens.size()) {
            if (!used[j] && continuesName(tokens.get(j))) {
                j++;
                continue;
            }
            int connector = connectorLength(tokens, j);
            if (connector > 0 && j + connector < tokens.size() && !used[j + connector]
                    && continuesName(tokens.get(j + connector))) {
                j += connector;
            } else {
                break;
            }
        }
        return j;
    }

    /** Number of tokens (1 or 2) of a connector starting at j, or 0. */
    static int connectorLength(List<Token> tokens, int j) {
        if (j >= tokens.size() || tokens.get(j).capitalised()) {
            return 0;
        }
        if (j + 1 < tokens.size() && CONNECTORS.contains(tokens.get(j).lower() + " " + tokens.get(j + 1).lower())) {
            return 2;
        }
        return CONNECTORS.contains(tokens.get(j).lower()) ? 1 : 0;
    }

    static boolean isEnglishConnector(Token token) {
        return !token.capitalised() && ENGLISH_CONNECTORS.contains(token.lower());
    }

    /** Nothing but punctuation before the token, or it follows a colon or dash: where any word is capitalised. */
    static boolean isSentenceInitial(List<Token> tokens, int index) {
        for (int k = index - 1; k >= 0; k--) {
            Token token = tokens.get(k);
            if (token.kind() != Token.Kind.PUNCT) {
                return false;
            }
            if (token.text().equals(":") || token.text().equals("\u2014") || token.text().equals("\u2013")
                    || token.text().equals("|")) {
                return true;
            }
        }
        return true;
    }

    /**
     * A headline in title case ("Valderra Parliament To Vote On Ferry Deal") or a menu ("Home | News | Sport"),
     * where capitals tell nothing.
     */
    static boolean isTitleLine(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        int bars = 0;
        boolean headlineWord = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            bars += token.isPunct('|') ? 1 : 0;
            if (!token.isWord() || !Character.isLetter(token.text().charAt(0))) {
                continue;
            }
            words++;
            if (token.capitalised()) {
                capitalised++;
                if (words > 1 && HEADLINE_WORDS.contains(token.lower()) && !isSentenceInitial(tokens, i)) {
                    headlineWord = true;
                }
            }
        }
        return headlineWord || bars >= 2 || words >= MIN_ALL_CAPITAL_LINE && capitalised == words;
    }

    /** Months and days never start or continue a name ("May" is left to the classifier: it is also a surname). */
    private static boolean isCalendar(Token token) {
        return CommonWords.isCalendar(token.lower());
    }

    static boolean allCaps(List<Token> tokens, int start, int to) {
        for (int k = start; k < to; k++) {
            if (tokens.get(k).capitalised() && !tokens.get(k).allCaps()) {
                return false;
            }
        }
        return true;
    }
}
