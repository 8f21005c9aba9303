package claimwatch.ingest.clean;

import java.util.regex.Pattern;

/** Inline links to other stories and media: "READ MORE: ...", "See also: ...", "WATCH: ...", "Lire aussi : ...". */
final class ReadMoreLine implements LineRule {

    private static final int MAX_PROMO_WORDS = 25;
    private static final Pattern LABEL = Pattern.compile("^\\W*(?:read more|read also|also read|read next|see also|more on this(?: story)?"
            + "|related|recommended|watch|video|listen|gallery|in pictures|podcast|lee también|lea también|ver también|más información"
            + "|mira|vídeo|lire aussi|à lire aussi|voir aussi|regarder|vidéo|mehr zum thema|lesen sie auch|auch interessant"
            + "|leggi anche|te puede interesar|también te puede interesar|lee más|leer más|más noticias|relacionad[oa]s?)\\s*(?::|>>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public boolean matches(String line) {
        return TextShape.words(line) <= MAX_PROMO_WORDS && LABEL.matcher(line.strip()).find();
    }
}
