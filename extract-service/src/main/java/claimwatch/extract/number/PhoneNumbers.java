package claimwatch.extract.number;

/** Recognises the digit groups of a phone number: three or more short groups in a row, or a "+" country code. */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Whether the numeral at token first is one group of "020 7946 0958", "555-123-4567" or "+44 20 ...". */
    static boolean contain(Tokens tokens, int first) {
        if (!isDigitGroup(tokens, first)) {
            return false;
        }
        int left = first;
        while (isDigitGroup(tokens, previousGroup(tokens, left))) {
            left = previousGroup(tokens, left);
        }
        int groups = 1;
        int right = left;
        while (isDigitGroup(tokens, nextGroup(tokens, right))) {
            right = nextGroup(tokens, right);
            groups++;
        }
        boolean countryCode = tokens.isSymbol(left - 1, '+') && tokens.attached(left);
        return groups >= 3 || (countryCode && groups >= 2);
    }

    private static boolean isDigitGroup(Tokens tokens, int i) {
        if (!tokens.isNumber(i)) {
            return false;
        }
        int length = tokens.length(i);
        String text = tokens.text();
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
            if (!Tokens.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return length >= 2 && length <= 4 || (length == 1 && tokens.isSymbol(i - 1, '+'));
    }

    private static int previousGroup(Tokens tokens, int i) {
        if (tokens.isNumber(i - 1) && !tokens.attached(i)) {
            return i - 1;
        }
        boolean separator = tokens.isDash(i - 1) || tokens.isSymbol(i - 1, ')') || tokens.isSymbol(i - 1, '.');
        return separator && tokens.isNumber(i - 2) ? i - 2 : -1;
    }

    private static int nextGroup(Tokens tokens, int i) {
        if (tokens.isNumber(i + 1) && !tokens.attached(i + 1)) {
            return i + 1;
        }
        boolean separator = tokens.isDash(i + 1) || tokens.isSymbol(i + 1, ')') || tokens.isSymbol(i + 1, '.');
        return separator && tokens.isNumber(i + 2) ? i + 2 : -1;
    }
}
