package claimwatch.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/** Pull quotes and other repeats: a short block whose words already appear, in order, inside a longer block. */
final class PullQuote {

    private static final int MAX_QUOTE_WORDS = 45;
    private static final int MIN_QUOTE_CHARS = 20;

    private PullQuote() {
    }

    static List<Block> remove(List<Block> blocks) {
        List<String> comparable = blocks.stream().map(block -> TextShape.comparable(block.text())).toList();
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!repeatsAnother(i, blocks, comparable)) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    private static boolean repeatsAnother(int index, List<Block> blocks, List<String> comparable) {
        String text = comparable.get(index);
        if (text.length() < MIN_QUOTE_CHARS || blocks.get(index).words() > MAX_QUOTE_WORDS) {
            return false;
        }
        for (int other = 0; other < comparable.size(); other++) {
            if (other != index && comparable.get(other).length() > text.length() && comparable.get(other).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
