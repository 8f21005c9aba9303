package claimwatch.extract.money;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.number.Tokens;

/** Currency symbols, codes and words, and the ISO 4217 code each stands for. */
final class Currencies {

    private static final Map<Character, String> SYMBOLS = Map.ofEntries(Map.entry('\u20ac', "EUR"),
            Map.entry('$', "USD"), Map.entry('\u00a3', "GBP"), Map.entry('\u00a5', "JPY"), Map.entry('\u20b9', "INR"),
            Map.entry('\u20bd', "RUB"), Map.entry('\u20a9', "KRW"), Map.entry('\u20ba', "TRY"),
            Map.entry('\u20aa', "ILS"), Map.entry('\u20b4', "UAH"), Map.entry('\u20a6', "NGN"),
            Map.entry('\u20b1', "PHP"), Map.entry('\u0e3f', "THB"));

    private static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(Map.entry("us", "USD"),
            Map.entry("a", "AUD"), Map.entry("au", "AUD"), Map.entry("c", "CAD"), Map.entry("ca", "CAD"),
            Map.entry("nz", "NZD"), Map.entry("hk", "HKD"), Map.entry("s", "SGD"), Map.entry("sg", "SGD"),
            Map.entry("nt", "TWD"), Map.entry("r", "BRL"), Map.entry("mx", "MXN"));

    // "COP" is left out: "COP 28" is a climate summit far more often than Colombian pesos.
    private static final Set<String> CODES = Set.of("USD", "EUR", "GBP", "JPY", "CHF", "NOK", "SEK", "DKK", "CNY",
            "INR", "RUB", "AUD", "CAD", "NZD", "HKD", "SGD", "BRL", "ZAR", "KRW", "MXN", "PLN", "TRY", "ISK", "CZK",
            "HUF", "ILS", "AED", "SAR", "UAH", "THB", "IDR", "MYR", "PHP", "NGN", "EGP", "ARS", "CLP", "TWD", "PKR",
            "RON", "BGN", "QAR", "KWD");

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"), Map.entry("rouble", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("kroner", "NOK"), Map.entry("krone", "DKK"),
            Map.entry("kronor", "SEK"), Map.entry("krona", "SEK"), Map.entry("franc", "CHF"),
            Map.entry("francs", "CHF"), Map.entry("rupee", "INR"), Map.entry("rupees", "INR"),
            Map.entry("rand", "ZAR"), Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"), Map.entry("lira", "TRY"),
            Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"), Map.entry("hryvnia", "UAH"),
            Map.entry("hryvnias", "UAH"));

    // Words that name a currency only with a country before them: "Mexican pesos", "Brazilian reais".
    private static final Set<String> NEEDS_COUNTRY = Set.of("peso", "pesos", "real", "reais", "reals", "dinar",
            "dinars", "dirham", "dirhams");

    private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("us", "USD"),
            Map.entry("american", "USD"), Map.entry("australian", "AUD"), Map.entry("canadian", "CAD"),
            Map.entry("singapore", "SGD"), Map.entry("norwegian", "NOK"), Map.entry("danish", "DKK"),
            Map.entry("swedish", "SEK"), Map.entry("swiss", "CHF"), Map.entry("mexican", "MXN"),
            Map.entry("argentine", "ARS"), Map.entry("chilean", "CLP"), Map.entry("colombian", "COP"),
            Map.entry("philippine", "PHP"), Map.entry("indian", "INR"), Map.entry("pakistani", "PKR"),
            Map.entry("turkish", "TRY"), Map.entry("chinese", "CNY"), Map.entry("japanese", "JPY"),
            Map.entry("russian", "RUB"), Map.entry("egyptian", "EGP"), Map.entry("brazilian", "BRL"),
            Map.entry("british", "GBP"), Map.entry("taiwan", "TWD"), Map.entry("moroccan", "MAD"),
            Map.entry("emirati", "AED"), Map.entry("icelandic", "ISK"));

    private static final Map<String, String> TWO_WORD_COUNTRIES = Map.of("new zealand", "NZD", "hong kong", "HKD",
            "south african", "ZAR");

    private Currencies() {
    }

    /** The currency written right before the number at token n: "€430", "US$3m", "NOK 640", "NOK640m", "Rs. 500". */
    static Optional<CurrencyMatch> endingAt(Tokens tokens, int n) {
        for (int start = Math.max(0, n - 2); start < n; start++) {
            Optional<CurrencyMatch> match = before(tokens, start);
            if (match.isPresent() && match.get().end() == n) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** A currency written before an amount, starting at token i: "€", "US$", "NOK", "Rs.". */
    static Optional<CurrencyMatch> before(Tokens tokens, int i) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        if (tokens.kind(i) == Tokens.Kind.SYMBOL) {
            String code = SYMBOLS.get(tokens.text().charAt(tokens.start(i)));
            return code == null ? Optional.empty() : Optional.of(new CurrencyMatch(code, i, i + 1));
        }
        if (!tokens.isWord(i) || !tokens.isCapitalised(i) || tokens.length(i) > 3) {
            return Optional.empty();
        }
        String dollar = DOLLAR_PREFIXES.get(tokens.lower(i));
        if (dollar != null && tokens.isAllCaps(i) && tokens.isSymbol(i + 1, '$') && tokens.attached(i + 1)) {
            return Optional.of(new CurrencyMatch(dollar, i, i + 2));
        }
        String word = tokens.text().substring(tokens.start(i), tokens.end(i));
        if (CODES.contains(word)) {
            return Optional.of(new CurrencyMatch(word, i, i + 1));
        }
        if (word.equals("RMB")) {
            return Optional.of(new CurrencyMatch("CNY", i, i + 1));
        }
        if (word.equals("Rs")) {
            boolean dot = tokens.isSymbol(i + 1, '.') && tokens.attached(i + 1);
            return Optional.of(new CurrencyMatch("INR", i, dot ? i + 2 : i + 1));
        }
        return Optional.empty();
    }

    /** A currency written after an amount, starting at token i: "euros", "Swiss francs", "de euros", "EUR". */
    static Optional<CurrencyMatch> after(Tokens tokens, int i) {
        if (tokens.isDash(i)) {
            return Optional.empty();
        }
        int j = tokens.is(i, "de") ? i + 1 : i;
        String country = null;
        if (tokens.isWord(j) && tokens.isWord(j + 1)) {
            String pair = TWO_WORD_COUNTRIES.get(tokens.lower(j) + " " + tokens.lower(j + 1));
            if (pair != null) {
                country = pair;
                j += 2;
            } else if (COUNTRIES.containsKey(tokens.lower(j))) {
                country = COUNTRIES.get(tokens.lower(j));
                j++;
            }
        }
        if (!tokens.isWord(j)) {
            return Optional.empty();
        }
        String word = tokens.lower(j);
        if (word.startsWith("d'") || word.startsWith("d\u2019")) {
            word = word.substring(2);
        }
        String base = WORDS.get(word);
        if (base == null && !(country != null && NEEDS_COUNTRY.contains(word))) {
            String code = tokens.text().substring(tokens.start(j), tokens.end(j));
            return country == null && CODES.contains(code) ? Optional.of(new CurrencyMatch(code, i, j + 1))
                    : Optional.empty();
        }
        // "5,000 pounds of cocaine" is a weight; "5 euro cents" is not five euros.
        if (word.startsWith("pound") && tokens.is(j + 1, "of") || tokens.is(j + 1, "cents") || tokens.is(j + 1, "cent")) {
            return Optional.empty();
        }
        int end = word.startsWith("pound") && tokens.is(j + 1, "sterling") ? j + 2 : j + 1;
        return Optional.of(new CurrencyMatch(country != null ? country : base, i, end));
    }
}
