package claimwatch.ingest.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Splits an element's text into blocks at block-level tags and line breaks, skipping data tables. */
final class BlockExtractor {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody",
            "tr", "td", "th", "caption", "address", "details", "summary", "center", "form", "fieldset", "hr", "br", "body");
    private static final Set<String> EMPHASIS_TAGS = Set.of("em", "i");
    private static final int DATA_TABLE_MAX_CELL_WORDS = 25;

    private BlockExtractor() {
    }

    static List<Block> blocks(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.blocks;
    }

    /** A table of short cells (results, prices, fixtures) reads as noise once flattened; a layout table does not. */
    static boolean isDataTable(Element table) {
        var cells = table.select("td, th");
        if (table.select("tr").size() < 2 || cells.isEmpty()) {
            return false;
        }
        return cells.stream().allMatch(cell -> cell.select("table").isEmpty() && TextShape.words(cell.text()) <= DATA_TABLE_MAX_CELL_WORDS);
    }

    private static int visibleChars(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u00a0').count();
    }

    private static final class Collector implements NodeFilter {
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<String> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkDepth;
        private int emphasisDepth;
        private int linkChars;
        private int emphasisChars;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String value = textNode.getWholeText();
                text.append(value);
                int visible = visibleChars(value);
                linkChars += linkDepth > 0 ? visible : 0;
                emphasisChars += emphasisDepth > 0 ? visible : 0;
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("table") && isDataTable(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    open.push(tag);
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (EMPHASIS_TAGS.contains(tag)) {
                    emphasisDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    open.pop();
                } else if (tag.equals("a")) {
                    linkDepth--;
                } else if (EMPHASIS_TAGS.contains(tag)) {
                    emphasisDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            String value = TextShape.collapseSpaces(text.toString());
            if (!value.isEmpty()) {
                int length = Math.max(1, visibleChars(value));
                blocks.add(new Block(value, kind(), Math.min(1.0, (double) linkChars / length), emphasisChars >= 0.9 * length));
            }
            text.setLength(0);
            linkChars = 0;
            emphasisChars = 0;
        }

        private Block.Kind kind() {
            if (open.contains("blockquote")) {
                return Block.Kind.QUOTE;
            }
            for (String tag : open) {
                switch (tag) {
                    case "h1":
                        return Block.Kind.HEADLINE;
                    case "h2", "h3", "h4", "h5", "h6":
                        return Block.Kind.HEADING;
                    case "li", "dt", "dd":
                        return Block.Kind.LIST_ITEM;
                    case "td", "th":
                        return Block.Kind.CELL;
                    default:
                        break;
                }
            }
            return Block.Kind.PARAGRAPH;
        }
    }
}
