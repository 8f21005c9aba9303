package claimwatch.ingest.clean;

import java.util.regex.Pattern;

/** Production credits: "Reporting by ...; Editing by ...", "Additional reporting by ...", "Translated from Spanish by ...". */
final class CreditsLine implements LineRule {

    private static final int MAX_CREDIT_WORDS = 40;
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CREDIT = Pattern.compile("^\\W*(?:additional reporting|reporting|reported|editing|edited|writing"
            + "|compiled|research|graphics|photos?|video|fact[- ]check(?:ed|ing)|translat(?:ed|ion)(?: from \\p{L}+)?) by(?!\\p{L})"
            + "|^\\W*with reporting (?:by|from)|^\\W*con información de|^\\W*traducido (?:del \\p{L}+ )?por|^\\W*traduit (?:de l'\\p{L}+ )?par"
            + "|^\\W*übersetzt (?:aus dem \\p{L}+ )?von|^\\W*mitarbeit:|[;,]\\s*(?:editing|edited|writing) by(?!\\p{L})", CASE);

    @Override
    public boolean matches(String line) {
        return TextShape.words(line) <= MAX_CREDIT_WORDS && CREDIT.matcher(line).find();
    }
}
