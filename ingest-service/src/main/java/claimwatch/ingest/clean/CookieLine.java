package claimwatch.ingest.clean;

import java.util.regex.Pattern;

/** Cookie and consent banners: "We use cookies ...", "Utilizamos cookies ...", "Cookie settings", "Your privacy choices". */
final class CookieLine implements LineRule {

    private static final int MAX_BANNER_WORDS = 70;
    private static final int SHORT_LABEL_WORDS = 6;
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern COOKIE = Pattern.compile("(?<!\\p{L})cookies?(?!\\p{L})", CASE);
    // The site speaking about its own cookies, unlike a news story about cookie rules.
    private static final Pattern SITE_VOICE = Pattern.compile("(?<!\\p{L})(?:we|our|this (?:site|website)|by clicking|you agree"
            + "|utilizamos|usamos|nuestra|nous|nos|wir|unsere|accept|aceptar|acepta|accepter|akzeptieren)(?!\\p{L})", CASE);
    private static final Pattern CONSENT_PHRASE = Pattern.compile("(?:store and(?:/or)? access information on (?:your|a) device"
            + "|your privacy choices|privacy preference|manage (?:cookies|consent|preferences)|tu privacidad|vos choix"
            + "|ihre privatsphäre|datenschutzeinstellungen)", CASE);

    @Override
    public boolean matches(String line) {
        int words = TextShape.words(line);
        if (words > MAX_BANNER_WORDS) {
            return false;
        }
        if (CONSENT_PHRASE.matcher(line).find()) {
            return true;
        }
        return COOKIE.matcher(line).find() && (words <= SHORT_LABEL_WORDS || SITE_VOICE.matcher(line).find());
    }
}
