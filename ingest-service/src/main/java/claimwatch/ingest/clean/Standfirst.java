package claimwatch.ingest.clean;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A standfirst written as a full sentence looks like the first paragraph; what gives it away is the byline or dateline
 * printed under it. Everything down to the last byline or dateline before the second paragraph of prose is lead-in.
 */
final class Standfirst {

    private static final LineRule BYLINE = new BylineLine();
    private static final LineRule DATELINE = new DatelineLine();

    private Standfirst() {
    }

    static List<Block> dropAboveByline(List<Block> blocks, FurnitureMemo memo) {
        return blocks.subList(leadInEnd(blocks, memo), blocks.size());
    }

    /**
     * The comparable texts of a whole page's lead-in, to drop from readability's blocks: readability often keeps the
     * standfirst but leaves out the byline that shows it is one.
     */
    static Set<String> leadInTexts(List<Block> pageBlocks, FurnitureMemo memo) {
        return pageBlocks.subList(0, leadInEnd(pageBlocks, memo)).stream()
                .map(block -> TextShape.comparable(block.text()))
                .collect(Collectors.toSet());
    }

    /** The index just past the lead-in: past the last byline or dateline seen before the second paragraph of prose. */
    static int leadInEnd(List<Block> blocks, FurnitureMemo memo) {
        int prose = 0;
        int lastMark = -1;
        for (int i = 0; i < blocks.size() && prose < 2; i++) {
            String text = blocks.get(i).text();
            if (BYLINE.matches(text) || DATELINE.matches(text)) {
                lastMark = i;
            } else if (blocks.get(i).isProse() && !memo.isFurniture(text)) {
                prose++;
            }
        }
        return lastMark + 1;
    }
}
