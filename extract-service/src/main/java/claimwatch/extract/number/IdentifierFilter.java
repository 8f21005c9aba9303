package claimwatch.extract.number;

import java.util.Set;

/**
 * Tells numerals that name or label something (codes, models, pages, routes, clock times, phone numbers) from
 * numerals that count: "Route 9", "F-35", "Covid-19", "Vision 2030", "page 12", "8am", "+44 20 7946 0958".
 */
public final class IdentifierFilter {

    private static final Set<String> LABELS = Set.of("page", "pages", "pp", "section", "sections", "article",
            "paragraph", "chapter", "clause", "annex", "appendix", "figure", "fig", "table", "chart", "exhibit",
            "route", "highway", "interstate", "motorway", "flight", "room", "gate", "platform", "terminal", "pier",
            "berth", "dock", "exit", "junction", "floor", "apartment", "suite", "building", "block", "lot", "row",
            "seat", "lane", "track", "channel", "tier", "category", "grade", "level", "phase", "stage", "round",
            "season", "episode", "game", "district", "ward", "zone", "sector", "version", "model", "rule",
            "resolution", "step", "verse", "volume", "issue", "no", "number", "nr", "kilometre", "kilometer", "km",
            "mile", "lap", "hole", "minute", "bill");
    private static final Set<String> DOTTED_LABELS = Set.of("no", "nr", "p", "pp", "fig", "art", "vol", "sec",
            "ch", "para");
    private static final Set<String> HYPHEN_PREFIXES = Set.of("mid", "pre", "post", "early", "late", "end", "start");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "gmt", "utc", "cet", "cest", "bst", "est",
            "edt", "pst", "pdt", "hrs", "h", "o'clock", "o\u2019clock");

    private IdentifierFilter() {
    }

    public static boolean isIdentifier(Tokens tokens, Numeral numeral) {
        int first = numeral.start();
        if (isLabelled(tokens, first)) {
            return true;
        }
        if (numeral.spelledOut()) {
            return false;
        }
        return isCodeOrName(tokens, first) || isClockOrFraction(tokens, first, numeral.end())
                || PhoneNumbers.contain(tokens, first);
    }

    /** A numeral after a label word ("route 9", "page 12", "No. 10"): never an amount or a count. */
    public static boolean isLabel(Tokens tokens, Numeral numeral) {
        return isLabelled(tokens, numeral.start());
    }

    private static boolean isLabelled(Tokens tokens, int first) {
        if (tokens.isWord(first - 1) && !tokens.attached(first) && LABELS.contains(tokens.lower(first - 1))) {
            return true;
        }
        return tokens.isSymbol(first - 1, '.') && tokens.attached(first - 1) && tokens.isWord(first - 2)
                && DOTTED_LABELS.contains(tokens.lower(first - 2));
    }

    private static boolean isCodeOrName(Tokens tokens, int first) {
        int before = first - 1;
        if (tokens.attached(first)) {
            if (tokens.isWord(before) || tokens.isCode(before) || tokens.isSymbol(before, '#')) {
                return true;
            }
            boolean joiner = tokens.isDash(before) || tokens.isSymbol(before, '+');
            if (joiner && tokens.attached(before) && (tokens.isWord(before - 1) || tokens.isCode(before - 1))) {
                return tokens.isSymbol(before, '+') || !HYPHEN_PREFIXES.contains(tokens.lower(before - 1));
            }
            return false;
        }
        return isName(tokens, before);
    }

    // "Vision 2030", "Apollo 11", "Boeing 737": a capitalised word that is not a function word names the number.
    private static boolean isName(Tokens tokens, int word) {
        if (tokens.isWord(word) && isCamelCase(tokens, word)) {
            return true;
        }
        if (!tokens.isWord(word) || !tokens.isCapitalised(word) || tokens.titleCase()) {
            return false;
        }
        String lower = tokens.lower(word);
        if (FunctionWords.isNeverName(lower) || FunctionWords.isDeterminer(lower) || Numerals.isScaleWord(lower)) {
            return false;
        }
        // Three capitals before a number are a currency code far more often than a name: "NOK 640 million".
        return !(tokens.length(word) == 3 && tokens.isAllCaps(word));
    }

    // "iPhone 15", "eBay": a capital inside a word marks a brand.
    private static boolean isCamelCase(Tokens tokens, int word) {
        String text = tokens.text();
        if (!Character.isLowerCase(text.charAt(tokens.start(word)))) {
            return false;
        }
        for (int k = tokens.start(word) + 1; k < tokens.end(word); k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClockOrFraction(Tokens tokens, int first, int end) {
        boolean joinedBefore = (tokens.isSymbol(first - 1, ':') || tokens.isSymbol(first - 1, '/'))
                && tokens.attached(first) && tokens.attached(first - 1) && tokens.isNumber(first - 2);
        boolean joinedAfter = (tokens.isSymbol(end, ':') || tokens.isSymbol(end, '/')) && tokens.attached(end)
                && tokens.attached(end + 1) && tokens.isNumber(end + 1);
        if (joinedBefore || joinedAfter) {
            return true;
        }
        if (tokens.isWord(end)) {
            String next = tokens.lower(end);
            if (CLOCK_WORDS.contains(next)) {
                return true;
            }
            if (tokens.attached(end) && tokens.length(end) == 1 && tokens.isCapitalised(end)) {
                return true;
            }
            return (next.equals("a") || next.equals("p")) && tokens.isSymbol(end + 1, '.') && tokens.is(end + 2, "m");
        }
        return false;
    }
}
