package claimwatch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns a news page into its headline and body paragraphs, without the page furniture around and inside the article. */
public final class ArticleCleaner {

    // The steps: strip furniture by tag, role and class name; let readability4j find the article; drop what it keeps
    // by mistake with the line and block rules. Where readability4j finds nothing, or far less prose than the page
    // holds, the stripped page's own blocks go through the same rules instead.

    // Readability sometimes settles on one box of a page; below this share of the page's prose its choice is not
    // trusted. Not higher: long reader comments are prose too, and readability is right to leave them out.
    private static final double MIN_SHARE_OF_PAGE_PROSE = 0.25;

    public CleanedPage clean(String html, String pageUrl) {
        return clean(html, pageUrl, true);
    }

    /** The same cleaning without readability4j, on the blocks of the stripped page alone; for comparison and tests. */
    CleanedPage cleanWithoutReadability(String html, String pageUrl) {
        return clean(html, pageUrl, false);
    }

    private static CleanedPage clean(String html, String pageUrl, boolean useReadability) {
        Document document = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl);
        PageFurniture.strip(document);
        List<Block> pageBlocks = BlockExtractor.blocks(document.body());
        Optional<String> headline = Headline.of(document, pageBlocks.stream().map(Block::text).toList());
        FurnitureMemo memo = new FurnitureMemo();
        List<Block> fromPage = body(pageBlocks, headline, memo);
        if (!useReadability) {
            return new CleanedPage(text(headline, fromPage), headline);
        }
        Set<String> leadIn = Standfirst.leadInTexts(pageBlocks, memo);
        Optional<List<Block>> fromReadability = ReadableContent.of(document, pageUrl)
                .map(blocks -> blocks.stream().filter(block -> !leadIn.contains(TextShape.comparable(block.text()))).toList())
                .map(blocks -> body(blocks, headline, memo));
        return new CleanedPage(text(headline, choose(fromReadability, fromPage)), headline);
    }

    /** Readability's blocks, unless it found nothing or only a small part of the prose the page holds. */
    static List<Block> choose(Optional<List<Block>> fromReadability, List<Block> fromPage) {
        return fromReadability
                .filter(blocks -> !blocks.isEmpty() && proseWords(blocks) >= MIN_SHARE_OF_PAGE_PROSE * proseWords(fromPage))
                .orElse(fromPage);
    }

    private static List<Block> body(List<Block> blocks, Optional<String> headline, FurnitureMemo memo) {
        String comparableHeadline = headline.map(TextShape::comparable).orElse("");
        List<Block> withoutHeadline = blocks.stream()
                .filter(block -> block.kind() != Block.Kind.HEADLINE && !TextShape.comparable(block.text()).equals(comparableHeadline))
                .toList();
        return BoilerplateFilter.body(BoilerplateFilter.withoutFurniture(withoutHeadline, memo));
    }

    private static int proseWords(List<Block> blocks) {
        return blocks.stream().filter(Block::isProse).mapToInt(Block::words).sum();
    }

    private static String text(Optional<String> headline, List<Block> blocks) {
        List<String> paragraphs = new ArrayList<>(blocks.size() + 1);
        headline.ifPresent(paragraphs::add);
        blocks.forEach(block -> paragraphs.add(block.text()));
        return String.join("\n\n", paragraphs);
    }
}
