package claimwatch.extract.entity;

import java.util.List;
import java.util.regex.Pattern;

/** Finds products and equipment by their model codes ("K9", "A330", "F-35") and the capitalised words around them. */
final class ProductFinder {

    private static final Pattern MODEL_CODE = Pattern.compile("\\p{Lu}[\\p{L}]{0,5}-?\\d{1,4}[\\p{L}\\d]{0,3}");

    /** Codes that are quarters, halves, chemicals, diseases, roads, groups of states or time zones, not products. */
    private static final Pattern NOT_A_PRODUCT = Pattern.compile(
            "Q[1-4]|H[12]|FY\\d+|CO2|NO2|SO2|NOx|CH4|H2|H2O|N2O|PM\\d+|COVID-?19|Covid-?19|G\\d{1,2}|[AMB]\\d{1,2}"
                    + "|F1|MP\\d|B2[BC]|H\\dN\\d|GMT.*|UTC.*|CET.*|No\\d+|Article\\d+"
                    + "|(NOK|EUR|USD|GBP|SEK|DKK|CHF|JPY|CNY|AUD|CAD|PLN|CZK|HUF|RUB|INR|BRL|MXN|ZAR|TRY|US|Rs|R)\\d.*");

    private static final int MAX_NEIGHBOURS = 2;

    private ProductFinder() {
    }

    static boolean isModelCode(String word) {
        return Character.isUpperCase(word.charAt(0)) && hasDigit(word) && MODEL_CODE.matcher(word).matches()
                && !NOT_A_PRODUCT.matcher(word).matches();
    }

    private static boolean hasDigit(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Adds a mention for every model code phrase and marks its tokens as used. */
    static void find(List<Token> tokens, boolean[] used, List<Mention> mentions) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.capitalised() || used[i] || !isModelCode(token.text())) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < MAX_NEIGHBOURS && joinsCode(tokens.get(from - 1)) && !used[from - 1]
                    && !NameRuns.isSentenceInitial(tokens, from - 1)) {
                from--;
            }
            int to = i + 1;
            while (to < tokens.size() && to - i <= MAX_NEIGHBOURS && joinsCode(tokens.get(to))) {
                to++;
            }
            for (int k = from; k < to; k++) {
                used[k] = true;
            }
            mentions.add(new Mention(from, to, EntityType.PRODUCT, true, null));
            i = to - 1;
        }
    }

    private static boolean joinsCode(Token token) {
        return token.capitalised() && !CommonWords.isStop(token.lower()) && !CommonWords.isCalendar(token.lower())
                && !PlaceNames.isKnown(token.text())
                && !CommonWords.isNationality(token.lower()) && !PersonWords.isTitle(token.lower());
    }
}
