package claimwatch.ingest.clean;

/** Small facts about the shape of a line of text: its words, whether it ends like a sentence, its comparable form. */
final class TextShape {

    private static final String JOINERS = "'’.,-";
    private static final String STOPS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final String QUOTE_ENDS = "\"”»";

    private TextShape() {
    }

    /** Runs of letters and digits; an apostrophe, dot, comma or hyphen between two of them does not split a word ("4.5", "it's"). */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                count += inWord ? 0 : 1;
                inWord = true;
            } else if (!(inWord && JOINERS.indexOf(c) >= 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                inWord = false;
            }
        }
        return count;
    }

    /** Ends in . ! ? or …, maybe followed by closing quotes or brackets, or in a closing quote on its own. */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if (QUOTE_ENDS.indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && STOPS.indexOf(text.charAt(i)) >= 0;
    }

    /** A body paragraph: long enough and finished like prose, unlike labels, menus and headlines. */
    static boolean isProse(String text) {
        return words(text) >= 8 && endsSentence(text);
    }

    static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Lower-case words joined by single spaces, punctuation dropped: the form used to compare two texts. */
    static String comparable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                gap = true;
            } else {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            }
        }
        return out.toString();
    }
}
