package claimwatch.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into tokens in one pass. Words keep inner hyphens and apostrophes ("British-Norwegian",
 * "don't", "F-35"), a possessive "'s" is a token of its own, initials stay whole ("U.S.", "S.A.") and a few
 * abbreviations keep their period ("Dr.", "Inc.").
 */
public final class Tokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "mt", "inc", "ltd",
            "corp", "co", "jr", "sr", "gen", "col", "capt", "lt", "sgt", "rev", "sen", "rep", "gov", "sra", "vs");

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int end = initialsEnd(text, i);
                if (end < 0) {
                    end = wordEnd(text, i);
                }
                tokens.add(token(text, i, end, Token.Kind.WORD));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = numberEnd(text, i);
                tokens.add(token(text, i, end, Token.Kind.NUMBER));
                i = end;
            } else if (isApostrophe(c) && i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && i + 1 < n
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                tokens.add(token(text, i, i + 2, Token.Kind.POSSESSIVE));
                i += 2;
            } else {
                tokens.add(token(text, i, i + 1, Token.Kind.PUNCT));
                i++;
            }
        }
        return tokens;
    }

    private static Token token(String text, int start, int end, Token.Kind kind) {
        String word = text.substring(start, end);
        return new Token(word, word.toLowerCase(), start, end, kind);
    }

    /** End of "U.S." or "S.A." style initials starting at i, or -1. */
    private static int initialsEnd(String text, int i) {
        int j = i;
        int letters = 0;
        while (j + 1 < text.length() && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        return letters >= 2 ? j : -1;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '\u00AD') {
                j++;
            } else if ((c == '-' || isApostrophe(c)) && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))
                    && !(isApostrophe(c) && isPossessive(text, j))) {
                j += 2;
            } else {
                break;
            }
        }
        if (j < n && text.charAt(j) == '.' && ABBREVIATIONS.contains(text.substring(i, j).toLowerCase())) {
            j++;
        }
        return j;
    }

    private static boolean isPossessive(String text, int apostrophe) {
        int s = apostrophe + 1;
        return (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(s + 1)));
    }

    private static int numberEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',' || c == ':') && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        while (j < n && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
