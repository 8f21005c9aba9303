package claimwatch.extract.sentence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells prose from page furniture that survived cleaning: captions, credits, bylines, datelines, share and
 * subscribe lines, "Advertisement", "Sources" lists. Such lines never become claims, whatever numbers they carry.
 */
public final class ProseFilter {

    private static final List<Pattern> FURNITURE = List.of(
            // Labels followed by a colon or a separator: "Photo: ...", "Credit | ...", "Sources: ..."
            Pattern.compile("(?i)^(photo|image|picture|foto|video|graphic|illustration|credit|caption|sources?|fuentes|related|read more|see also)\\s*[:|/–-].*"),
            // Lines that are only a label or a call to action.
            Pattern.compile("(?i)^(advertisement|sponsored( content)?|sources|fuentes|share( this( article| story)?)?( on \\w+)?|print|"
                    + "listen to this article|follow us.*|subscribe.*|sign up.*|newsletter.*|read more.*|related( articles| stories)?|"
                    + "all rights reserved.*|copyright.*)[.!]?$"),
            // Bylines: "By Jane Doe", "By Jane Doe and John Roe, Trade Correspondents"
            Pattern.compile("^(?!.*\\d)(By|BY|Por|Par|Von)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(\\s*(,|and|y|et|und|\\|).{0,80})?$"),
            // Datelines standing alone: "Published 3 months ago", "Updated: 12 March 2024, 10:04"
            Pattern.compile("(?i)^(published|updated|posted|last updated|publicado|actualizado)\\b[^.]{0,60}$"),
            Pattern.compile("^\\s*(©|\\(c\\)|\\(C\\)).*"));
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final int MIN_WORDS = 3;

    public boolean isProse(String sentence) {
        String text = sentence.strip();
        if (text.isEmpty()) {
            return false;
        }
        for (Pattern furniture : FURNITURE) {
            if (furniture.matcher(text).matches()) {
                return false;
            }
        }
        Matcher words = WORD.matcher(text);
        int count = 0;
        int letters = 0;
        while (words.find()) {
            count++;
            letters += words.end() - words.start();
        }
        return count >= MIN_WORDS && letters * 2 >= text.length();
    }
}
