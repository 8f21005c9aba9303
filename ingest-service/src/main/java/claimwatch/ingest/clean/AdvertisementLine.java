package claimwatch.ingest.clean;

import java.util.regex.Pattern;

/** Advertising labels: "Advertisement", "- Advertisement -", "Advertisement · Scroll to continue", "Publicidad", "Anzeige". */
final class AdvertisementLine implements LineRule {

    private static final int MAX_AD_WORDS = 6;
    private static final Pattern LABEL = Pattern.compile(
            "^(?:sponsored|presented|promoted) by\\s|^[^\\p{L}]*(?:advertisement|advert|ads?|sponsored(?: content)?|paid (?:content|post)|promoted|partner content"
                    + "|publicidad|anuncio|publicité|annonce|anzeige|werbung|pubblicità|publicidade)"
                    + "(?:[^\\p{L}]*$|\\s*[·|:–—-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public boolean matches(String line) {
        String text = line.strip();
        return TextShape.words(text) <= MAX_AD_WORDS && !TextShape.endsSentence(text) && LABEL.matcher(text).find();
    }
}
