package claimwatch.ingest.clean;

import java.util.regex.Pattern;

/** Photo captions and picture credits: "Photo: ...", "FOTO: EL FARO / ...", "(Image: Reuters)", "... © Agency", "[Photo] ...". */
final class CaptionLine implements LineRule {

    private static final String CREDIT_WORD = "photo|photos|photograph|foto|fotos|fotografía|fotografia|image|images|imagen|"
            + "picture|pictures|pic|illustration|ilustración|graphic|gráfico|bild|crédit|crédito|credit|credits|source image";
    // A credit marker at the start of the line or of a later part of it ("... harbour. Credit: X", "... / FOTO: X").
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|[.;/|(\\[–—-]\\s*)(?:" + CREDIT_WORD + ")\\s*(?::|\\]|/)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_COPYRIGHT = Pattern.compile("(?:©|\\(c\\))\\s*[^.!?]{2,60}$");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "\\((?:[\\p{L}.&' ]+/)?(?:getty images|afp|reuters|ap photo|epa|pa|dpa|efe|alamy|shutterstock)[^)]*\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public boolean matches(String line) {
        String text = line.strip();
        if (TextShape.words(text) > MAX_WORDS) {
            return false;
        }
        return MARKER.matcher(text).find() || TRAILING_COPYRIGHT.matcher(text).find() || AGENCY_CREDIT.matcher(text).find();
    }
}
