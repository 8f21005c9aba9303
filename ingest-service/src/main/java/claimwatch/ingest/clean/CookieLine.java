package claimwatch.ingest.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** Cookie and consent banners: "We use cookies ...", "Utilizamos cookies ...", "Cookie settings", "Your privacy choices". */
final class CookieLine implements LineRule {

    private static final int MAX_BANNER_WORDS = 70;
    private static final int SHORT_LABEL_WORDS = 6;
    // Patterns are lower case and run on a lower-cased line: much faster than case-insensitive Unicode matching.
    private static final Pattern COOKIE = Pattern.compile("(?<!\\p{L})cookies?(?!\\p{L})");
    // The site speaking about its own cookies, unlike a news story about cookie rules.
    private static final Pattern SITE_VOICE = Pattern.compile("(?<!\\p{L})(?:we|our|this (?:site|website)|by clicking|you agree"
            + "|utilizamos|usamos|nuestra|nous|nos|wir|unsere|accept|aceptar|acepta|accepter|akzeptieren)(?!\\p{L})");
    private static final Pattern CONSENT_PHRASE = Pattern.compile("(?:store and(?:/or)? access information on (?:your|a) device"
            + "|your privacy choices|privacy preference|manage (?:cookies|consent|preferences)|tu privacidad|vos choix"
            + "|ihre privatsphäre|datenschutzeinstellungen)");

    @Override
    public boolean matches(String line) {
        int words = TextShape.words(line);
        String lower = line.toLowerCase(Locale.ROOT);
        if (words > MAX_BANNER_WORDS) {
            return false;
        }
        if (CONSENT_PHRASE.matcher(lower).find()) {
            return true;
        }
        return COOKIE.matcher(lower).find() && (words <= SHORT_LABEL_WORDS || SITE_VOICE.matcher(lower).find());
    }
}
