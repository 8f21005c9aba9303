package claimwatch.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the article body starts and ends. Before the first paragraph of prose sit kickers, bylines, datelines,
 * standfirsts, summary bullets and tool bars; after the last one, editor's notes in italics and leftover labels.
 */
final class BodyBounds {

    private BodyBounds() {
    }

    static int firstProse(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).isProse()) {
                return i;
            }
        }
        return -1;
    }

    /** Everything before the first paragraph of prose; a page without prose keeps all its blocks. */
    static List<Block> dropLeadIn(List<Block> blocks) {
        int first = firstProse(blocks);
        return first <= 0 ? blocks : blocks.subList(first, blocks.size());
    }

    /** After the last plain paragraph of prose, drops blocks in italics (notes, disclaimers) and lines that end no sentence. */
    static List<Block> dropTrailer(List<Block> blocks) {
        int last = -1;
        for (int i = blocks.size() - 1; i >= 0 && last < 0; i--) {
            if (blocks.get(i).isProse() && !blocks.get(i).emphasised()) {
                last = i;
            }
        }
        if (last < 0) {
            return blocks;
        }
        List<Block> kept = new ArrayList<>(blocks.subList(0, last + 1));
        for (Block block : blocks.subList(last + 1, blocks.size())) {
            if (!block.emphasised() && !block.isHeading() && TextShape.endsSentence(block.text())) {
                kept.add(block);
            }
        }
        return kept;
    }

    /** A heading with no prose under it (a box title, a table's caption) is dropped; a list of sentences counts as prose. */
    static List<Block> dropDanglingHeadings(List<Block> blocks) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean proseFollows = i + 1 < blocks.size() && !blocks.get(i + 1).isHeading() && TextShape.isProse(blocks.get(i + 1).text());
            if (!block.isHeading() || proseFollows) {
                kept.add(block);
            }
        }
        return kept;
    }
}
