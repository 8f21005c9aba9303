package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockExtractorTest {

    private static List<Block> blocks(String html) {
        return BlockExtractor.blocks(Jsoup.parse(html).body());
    }

    @Test
    void paragraphsHeadingsAndListItemsAreSeparateBlocksWithTheirKinds() {
        List<Block> blocks = blocks("<h1>Headline here</h1><h2>Sub head</h2><p>A <b>bold</b> paragraph.</p><ul><li>One item</li></ul>"
                + "<blockquote><p>Quoted words.</p></blockquote><table><tr><td>" + "long cell text ".repeat(30) + "</td></tr></table>");
        assertEquals(List.of(Block.Kind.HEADLINE, Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.LIST_ITEM, Block.Kind.QUOTE, Block.Kind.CELL),
                blocks.stream().map(Block::kind).toList());
        assertEquals("A bold paragraph.", blocks.get(2).text());
    }

    @Test
    void lineBreaksSplitBlocks() {
        List<Block> blocks = blocks("<td><font size=5><b>Council approves dredging</b></font><br><font size=2>Posted: Thursday</font><br><br>First line of text.<br><br>Second.</td>");
        assertEquals(List.of("Council approves dredging", "Posted: Thursday", "First line of text.", "Second."), blocks.stream().map(Block::text).toList());
    }

    @Test
    void whitespaceAndNonBreakingSpacesCollapse() {
        assertEquals("Monday, 11 March 2024 | Northgate", blocks("<div>Monday,&nbsp;11 March 2024 &nbsp;|&nbsp; Northgate\n\n</div>").get(0).text());
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("Navieras Públicas & Cámara", blocks("<p>Navieras P&#250;blicas &amp; C&aacute;mara</p>").get(0).text());
    }

    @Test
    void linkDensityIsTheShareOfLinkedText() {
        List<Block> blocks = blocks("<p><a href='/x'>All linked</a></p><p>None linked here at all.</p><p>Half <a href='/y'>link</a></p>");
        assertEquals(1.0, blocks.get(0).linkDensity(), 0.001);
        assertEquals(0.0, blocks.get(1).linkDensity(), 0.001);
        assertTrue(blocks.get(2).linkDensity() > 0.3 && blocks.get(2).linkDensity() < 0.7);
    }

    @Test
    void emphasisIsNotedOnlyWhenItCoversTheBlock() {
        List<Block> blocks = blocks("<p><em>Additional reporting by Herald staff.</em></p><p>Only <i>one</i> word in italics here.</p>");
        assertTrue(blocks.get(0).emphasised());
        assertFalse(blocks.get(1).emphasised());
    }

    @Test
    void dataTablesAreSkippedAndLayoutTablesRead() {
        assertTrue(blocks("<table><tr><th>Pos</th><th>Time</th></tr><tr><td>1</td><td>2:07:58</td></tr></table>").isEmpty());
        Element table = Jsoup.parse("<table><tr><td>" + "word ".repeat(40) + "</td></tr><tr><td>nav</td></tr></table>").selectFirst("table");
        assertFalse(BlockExtractor.isDataTable(table));
    }

    @Test
    void aOneRowTableIsNoDataTable() {
        Element table = Jsoup.parse("<table><tr><td>a</td><td>b</td></tr></table>").selectFirst("table");
        assertFalse(BlockExtractor.isDataTable(table));
    }

    @Test
    void scriptsAndStylesGiveNoText() {
        assertTrue(blocks("<script>var a = 'text';</script><style>p { color: red }</style>").isEmpty());
    }

    @Test
    void brokenMarkupStillYieldsItsParagraphs() {
        List<Block> blocks = blocks("<div><p>Unclosed paragraph<p>Another <b>bold<li>item");
        assertEquals(List.of("Unclosed paragraph", "Another bold", "item"), blocks.stream().map(Block::text).toList());
    }

    @Test
    void emptyBodyHasNoBlocks() {
        assertTrue(blocks("").isEmpty());
    }
}
