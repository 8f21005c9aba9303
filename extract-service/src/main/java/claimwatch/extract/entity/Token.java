package claimwatch.extract.entity;

/**
 * A word, number, possessive ending or punctuation mark of a sentence, with its offsets in the sentence; capitalised
 * when it is a word whose first letter is upper case ("Lopez", "IMS", "K9", "Dr.").
 */
public record Token(String text, String lower, int start, int end, Kind kind, boolean capitalised) {

    /** The four shapes a token can have. */
    public enum Kind { WORD, NUMBER, POSSESSIVE, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean is(String lowerCaseWord) {
        return lower.equals(lowerCaseWord);
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    /** A word written in capitals only, with at least two letters: "IMS", "NPV", "U.S.". */
    public boolean allCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
