package claimwatch.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;

/** A "Sources" trailer: a line that is just "Sources", "Sources:", "Fuentes" or "Quellen" ends the article text. */
final class SourcesTrailer {

    private static final Pattern HEADING = Pattern.compile("^\\W*(?:sources?|fuentes?|quellen?|fonti|fontes|références|references"
            + "|bibliography|bibliografía|further sources)\\s*:?\\W*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern INLINE = Pattern.compile("^(?:sources?|fuentes?|quellen?|fonti|fontes)\\s*:\\s*\\S",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SourcesTrailer() {
    }

    static boolean isHeading(String line) {
        return HEADING.matcher(line).matches();
    }

    /** A one-line source list ("Sources: press release; audit report.") is dropped on its own, not with what follows. */
    static boolean isInlineList(String line) {
        return INLINE.matcher(line.strip()).find() && !TextShape.isProse(line.replaceFirst("^[^:]*:", ""));
    }

    static List<Block> cut(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (isHeading(blocks.get(i).text())) {
                return blocks.subList(0, i);
            }
        }
        return blocks.stream().filter(block -> !isInlineList(block.text())).toList();
    }
}
