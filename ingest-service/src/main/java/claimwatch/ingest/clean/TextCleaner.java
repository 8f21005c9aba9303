package claimwatch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans text pasted from a web page: keeps the headline and the body paragraphs and drops the furniture lines that
 * come along with a copy (menus, bylines, datelines, share bars, captions, related links), by the same rules as
 * {@link ArticleCleaner}.
 */
public final class TextCleaner {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•▪►]|>>|\\d+[.)])\\s+");
    private static final int MIN_HEADLINE_WORDS = 3;

    public String clean(String pastedText) {
        return cleanPage(pastedText).text();
    }

    /** The cleaned text and, when a line above the body reads as one, the headline it starts with. */
    public CleanedPage cleanPage(String pastedText) {
        List<Block> blocks = blocks(pastedText == null ? "" : pastedText);
        FurnitureMemo memo = new FurnitureMemo();
        int zoneEnd = Math.max(Standfirst.leadInEnd(blocks, memo), Math.max(0, BodyBounds.firstProse(blocks)));
        Optional<String> headline = headline(blocks.subList(0, zoneEnd), memo).map(TextShape::collapseSpaces);
        List<Block> body = BoilerplateFilter.body(BoilerplateFilter.withoutFurniture(blocks.subList(zoneEnd, blocks.size()), memo));
        List<String> paragraphs = new ArrayList<>();
        headline.ifPresent(paragraphs::add);
        body.forEach(block -> paragraphs.add(TextShape.collapseSpaces(block.text())));
        return new CleanedPage(String.join("\n\n", paragraphs), headline);
    }

    /** The longest line above the body that is not furniture; the site name and section labels are shorter. */
    private static Optional<String> headline(List<Block> zone, FurnitureMemo memo) {
        Block best = null;
        for (Block block : zone) {
            boolean candidate = block.kind() == Block.Kind.PARAGRAPH && block.words() >= MIN_HEADLINE_WORDS
                    && !memo.isFurniture(block.text()) && !RelatedList.isHeading(block.text());
            if (candidate && (best == null || block.words() >= best.words())) {
                best = block;
            }
        }
        return Optional.ofNullable(best).map(Block::text);
    }

    /** One block per line; a line that breaks a sentence in two (a hard wrap) is joined to the one before. */
    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : LINE_BREAK.split(text)) {
            String line = raw.strip();
            boolean continues = !line.isEmpty() && current.length() > 0 && Character.isLowerCase(line.codePointAt(0))
                    && !TextShape.endsSentence(current.toString()) && !BULLET.matcher(line).find();
            if (continues) {
                current.append(' ').append(line);
                continue;
            }
            addBlock(blocks, current.toString());
            current.setLength(0);
            current.append(line);
        }
        addBlock(blocks, current.toString());
        return blocks;
    }

    private static void addBlock(List<Block> blocks, String line) {
        if (line.isBlank()) {
            return;
        }
        // Keep the original line, which may hold a menu's wide gaps; only bullets change the kind.
        boolean bullet = BULLET.matcher(line).find();
        blocks.add(new Block(line, bullet ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH, 0, false));
    }
}
