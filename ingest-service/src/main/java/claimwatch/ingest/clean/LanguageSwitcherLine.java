package claimwatch.ingest.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Language switchers: "EN | FR | DE", "ES · EN · CA", "English Español Français". */
final class LanguageSwitcherLine implements LineRule {

    private static final Set<String> CODES = Set.of("en", "fr", "de", "es", "ca", "it", "pt", "nl", "eu", "gl", "pl", "ro",
            "sv", "da", "no", "nb", "fi", "el", "cs", "hu", "tr", "ru", "uk", "ar", "zh", "ja", "ko", "hi");
    private static final Set<String> NAMES = Set.of("english", "español", "espanol", "castellano", "français", "francais",
            "deutsch", "català", "catala", "italiano", "português", "portugues", "nederlands", "euskara", "galego", "polski",
            "română", "svenska", "dansk", "norsk", "suomi", "ελληνικά", "čeština", "magyar", "türkçe", "русский", "українська",
            "العربية", "中文", "日本語", "한국어");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|·•/,]+");
    private static final Pattern EXPLICIT_SEPARATOR = Pattern.compile("[|·•/]");

    @Override
    public boolean matches(String line) {
        List<String> tokens = Arrays.stream(SEPARATORS.split(line.strip())).filter(token -> !token.isEmpty()).toList();
        if (tokens.isEmpty() || tokens.size() > 12) {
            return false;
        }
        boolean separated = EXPLICIT_SEPARATOR.matcher(line).find();
        long names = tokens.stream().filter(token -> NAMES.contains(token.toLowerCase(Locale.ROOT))).count();
        // Two-letter codes only count in capitals or between separators: "de es en" could be a Spanish fragment.
        long codes = tokens.stream()
                .filter(token -> CODES.contains(token.toLowerCase(Locale.ROOT)) && (separated || token.equals(token.toUpperCase(Locale.ROOT))))
                .count();
        boolean allLanguages = names + codes == tokens.size();
        return allLanguages && (tokens.size() >= 2 || names == 1);
    }
}
