package claimwatch.ingest.clean;

import java.util.List;

import org.jsoup.nodes.Element;

/** The lines of text in part of a page, split where block tags and line breaks split them on screen. */
public final class PageText {

    private PageText() {
    }

    public static List<String> lines(Element root) {
        return BlockExtractor.blocks(root).stream().map(Block::text).toList();
    }
}
