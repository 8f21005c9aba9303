package claimwatch.ingest.feed;

/**
 * What comes before the root element, read from the raw text rather than from the XML parser: the JDK's StAX reader
 * returns a corrupted DOCTYPE text once the internal subset outgrows its buffer (a billion-laughs DOCTYPE came back
 * without its {@code [}), so whether a DOCTYPE declares anything is decided here, before any parser runs.
 */
record Prolog(boolean hasDoctype, boolean hasInternalSubset) {

    private static final String DOCTYPE = "<!DOCTYPE";

    static Prolog of(String text) {
        int at = 0;
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\uFEFF') {
                at++;
            } else if (text.startsWith("<?", at)) {
                at = skipPast(text, at + 2, "?>");
            } else if (text.startsWith("<!--", at)) {
                at = skipPast(text, at + 4, "-->");
            } else if (text.regionMatches(true, at, DOCTYPE, 0, DOCTYPE.length())) {
                return new Prolog(true, hasInternalSubset(text, at + DOCTYPE.length()));
            } else {
                break;
            }
        }
        return new Prolog(false, false);
    }

    private static int skipPast(String text, int from, String end) {
        int found = text.indexOf(end, from);
        return found < 0 ? text.length() : found + end.length();
    }

    /** True when a {@code [} opens before the declaration's closing {@code >}, outside quoted identifiers. */
    private static boolean hasInternalSubset(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                return true;
            } else if (c == '>') {
                return false;
            }
        }
        return true;
    }
}
