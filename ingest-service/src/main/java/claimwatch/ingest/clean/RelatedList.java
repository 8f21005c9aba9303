package claimwatch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists of links to other stories under a heading such as "Related", "Read more", "Most read" or "Noticias relacionadas":
 * the heading and the link-like lines after it go, up to the next paragraph of prose.
 */
final class RelatedList {

    private static final int MAX_HEADING_WORDS = 8;
    private static final int MAX_ITEM_WORDS = 25;
    private static final double LINK_LIST_DENSITY = 0.5;
    private static final Pattern HEADING = Pattern.compile("^\\W*(?:related(?: (?:coverage|articles|stories|content|news|reading|links|posts))?"
            + "|read more|read next|read also|see also|more (?:from|on|in|opinion|stories|news|like this)(?:\\s.*)?|most (?:read|popular|viewed|shared)"
            + "|latest(?:\\s.*)?|trending(?: now)?|recommended(?: for you)?|you (?:may|might) also like|what to read next|further reading"
            + "|top stories|popular(?: now)?|noticias relacionadas|más información|lo más leído|te puede interesar|también te puede interesar"
            + "|lire aussi|à lire aussi|les plus lus|sur le même sujet|mehr zum thema|meistgelesen|das könnte sie auch interessieren"
            + "|leggi anche|articoli correlati)\\W*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RelatedList() {
    }

    static boolean isHeading(String line) {
        return TextShape.words(line) <= MAX_HEADING_WORDS && HEADING.matcher(line).matches();
    }

    static List<Block> remove(List<Block> blocks) {
        List<Block> kept = new ArrayList<>(blocks.size());
        int i = 0;
        while (i < blocks.size()) {
            if (isHeading(blocks.get(i).text())) {
                i++;
                while (i < blocks.size() && isItem(blocks.get(i))) {
                    i++;
                }
            } else {
                kept.add(blocks.get(i++));
            }
        }
        return kept;
    }

    private static boolean isItem(Block block) {
        if (block.kind() == Block.Kind.LIST_ITEM || block.linkDensity() >= LINK_LIST_DENSITY) {
            return true;
        }
        return !block.isProse() && !block.isHeading() && block.words() <= MAX_ITEM_WORDS;
    }
}
