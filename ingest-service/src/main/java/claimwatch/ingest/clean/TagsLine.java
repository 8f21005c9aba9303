package claimwatch.ingest.clean;

import java.util.regex.Pattern;

/** Tag and topic lists: "Tagged ferries, NPV, Aldermoor", "Topics: Ro-pax Southern Europe", "Etiquetas: NPV". */
final class TagsLine implements LineRule {

    private static final int MAX_TAG_WORDS = 30;
    private static final Pattern LABEL = Pattern.compile("^(?:tags?|tagged(?: with)?|topics?|related topics|filed under|more on|more about"
            + "|etiquetas|temas|mots[- ]clés|sujets?|schlagwörter|schlagworte|themen)(?:\\s*[:|]|\\s+\\S|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public boolean matches(String line) {
        String text = line.strip();
        return TextShape.words(text) <= MAX_TAG_WORDS && !TextShape.endsSentence(text) && LABEL.matcher(text).find();
    }
}
