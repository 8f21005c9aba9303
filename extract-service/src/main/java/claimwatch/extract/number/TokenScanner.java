package claimwatch.extract.number;

/** Cuts a text into tokens: digit runs with their separators, letter runs, letter-digit codes and single symbols. */
final class TokenScanner {

    private final String text;
    private final Tokens tokens;
    // The lower-case hash of the word or code being scanned, built while its characters are read.
    private int hash;

    TokenScanner(String text, Tokens tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    void scan() {
        int n = text.length();
        boolean space = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            int end;
            Tokens.Kind kind;
            hash = 0;
            if (Tokens.isDigit(c)) {
                end = numberEnd(i);
                kind = Tokens.Kind.NUMBER;
            } else if (isLetter(c)) {
                end = letterRunEnd(i);
                kind = Tokens.Kind.WORD;
                if (end < n && Tokens.isDigit(text.charAt(end)) && !isCapitalsPrefix(i, end)) {
                    end = alphanumericEnd(end);
                    kind = Tokens.Kind.CODE;
                }
            } else {
                end = i + 1;
                kind = Tokens.Kind.SYMBOL;
            }
            tokens.add(i, end, kind, space, hash);
            space = false;
            i = end;
        }
    }

    private int numberEnd(int i) {
        int n = text.length();
        int j = digitsEnd(i);
        while (j + 1 < n) {
            char c = text.charAt(j);
            if (c == '.' && Tokens.isDigit(text.charAt(j + 1))) {
                j = digitsEnd(j + 1);
            } else if (c == ',' && digitsEnd(j + 1) == j + 4) {
                j += 4;
            } else {
                break;
            }
        }
        return j;
    }

    private int digitsEnd(int i) {
        int j = i;
        while (j < text.length() && Tokens.isDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private int letterRunEnd(int i) {
        int n = text.length();
        hash = Tokens.hashStep(0, text.charAt(i));
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (isLetter(c)) {
                hash = Tokens.hashStep(hash, c);
                j++;
            } else if ((c == '\'' || c == '\u2019') && j + 1 < n && isLetter(text.charAt(j + 1))) {
                hash = Tokens.hashStep(Tokens.hashStep(hash, c), text.charAt(j + 1));
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private int alphanumericEnd(int i) {
        int j = i;
        while (j < text.length() && (Tokens.isDigit(text.charAt(j)) || isLetter(text.charAt(j)))) {
            hash = Tokens.hashStep(hash, text.charAt(j));
            j++;
        }
        return j;
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    // "NOK640m", "COVID19": three or more capitals before digits stay a word, so the numeral can be read on its own.
    private boolean isCapitalsPrefix(int start, int end) {
        if (end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
