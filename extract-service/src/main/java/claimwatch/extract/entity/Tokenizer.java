package claimwatch.extract.entity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a sentence into tokens in one pass. Words keep inner hyphens and apostrophes ("British-Norwegian",
 * "don't", "F-35"), a possessive "'s" is a token of its own, initials stay whole ("U.S.", "S.A.") and a few
 * abbreviations keep their period ("Dr.", "Inc."). The token lists are read-only.
 */
public final class Tokenizer {

    /**
     * Entities, attribution and modality all tokenize the same sentence strings; remembering the last few per
     * thread, by identity, tokenizes each once and hashes each word once, which is most of their cost.
     */
    private static final int REMEMBERED = 256;
    private static final ThreadLocal<Map<String, List<Token>>> RECENT = ThreadLocal.withInitial(IdentityHashMap::new);

    private static final Set<String> ABBREVIATIONS = Lexicon.of("mr", "mrs", "ms", "dr", "prof", "st", "mt", "inc", "ltd",
            "corp", "co", "jr", "sr", "gen", "col", "capt", "lt", "sgt", "rev", "sen", "rep", "gov", "sra", "vs");

    public List<Token> tokenize(String text) {
        Map<String, List<Token>> recent = RECENT.get();
        List<Token> tokens = recent.get(text);
        if (tokens == null) {
            if (recent.size() >= REMEMBERED) {
                recent.clear();
            }
            // One list type for every caller keeps their token.get calls monomorphic and inlined.
            tokens = List.copyOf(split(text));
            recent.put(text, tokens);
        }
        return tokens;
    }

    private static List<Token> split(String text) {
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

    /** One shared string per ASCII punctuation mark, so punctuation allocates nothing. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private static Token token(String text, int start, int end, Token.Kind kind) {
        char first = text.charAt(start);
        String word = end == start + 1 && first < ASCII.length ? ASCII[first] : text.substring(start, end);
        boolean capitalised = kind == Token.Kind.WORD && Character.isUpperCase(word.charAt(0));
        return new Token(word, word.toLowerCase(), start, end, kind, capitalised);
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
