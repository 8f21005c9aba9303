package claimwatch.extract.modality;

import java.util.List;

import claimwatch.extract.entity.Token;

/** Finds short quoted titles and names written in title case ("No Time to Die"), which state nothing. */
final class QuotedTitles {

    private static final String OPENERS = "\"\u201C\u2018'";
    private static final String CLOSERS = "\"\u201D\u2019'";

    private QuotedTitles() {
    }

    static void mark(List<Token> tokens, boolean[] mask, int longest) {
        for (int open = 0; open < tokens.size(); open++) {
            if (!isQuote(tokens.get(open), OPENERS)) {
                continue;
            }
            int close = open + 1;
            while (close < tokens.size() && close - open <= longest + 1 && !isQuote(tokens.get(close), CLOSERS)) {
                close++;
            }
            if (close < tokens.size() && close - open <= longest + 1 && isTitle(tokens, open + 1, close)) {
                for (int k = open; k <= close; k++) {
                    mask[k] = true;
                }
                open = close;
            }
        }
    }

    /** Every long word capitalised, the first one too: "No Time to Die", "The Last Ferry". */
    private static boolean isTitle(List<Token> tokens, int from, int to) {
        if (from >= to || !tokens.get(from).capitalised()) {
            return false;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            if (token.kind() == Token.Kind.PUNCT) {
                return false;
            }
            if (token.isWord()) {
                words++;
                if (token.text().length() > 3 && !token.capitalised()) {
                    return false;
                }
            }
        }
        return words >= 2;
    }

    private static boolean isQuote(Token token, String marks) {
        return token.kind() == Token.Kind.PUNCT && marks.indexOf(token.text().charAt(0)) >= 0;
    }
}
