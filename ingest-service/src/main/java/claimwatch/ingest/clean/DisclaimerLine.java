package claimwatch.ingest.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** Opinion disclaimers and age notices: "The views expressed are her own ...", "This article is more than 5 years old". */
final class DisclaimerLine implements LineRule {

    // Patterns are lower case and run on a lower-cased line: much faster than case-insensitive Unicode matching.
    private static final Pattern DISCLAIMER = Pattern.compile("(?:views|opinions) expressed|do(?:es)? not necessarily reflect"
            + "|las opiniones expresadas|no reflejan? necesariamente|n'engagen?t? que|ne reflètent? pas nécessairement"
            + "|gibt nicht unbedingt|geben nicht unbedingt|this (?:article|story) is more than \\w+ (?:years?|months?) old"
            + "|receives (?:financial )?support from|is solely responsible for (?:all )?(?:the )?content"
            + "|(?:was|is) (?:produced|supported|funded) (?:in partnership with|with (?:the )?support of|by a grant)");

    @Override
    public boolean matches(String line) {
        return TextShape.words(line) <= MAX_WORDS && DISCLAIMER.matcher(line.toLowerCase(Locale.ROOT)).find();
    }
}
