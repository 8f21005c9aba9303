package claimwatch.ingest.clean;

import java.util.List;
import java.util.Optional;

/** Applies the furniture rules to the blocks of one article, in an order where each rule sees what it needs. */
final class BoilerplateFilter {

    private static final List<LineRule> LINE_RULES = List.of(
            new CaptionLine(), new LanguageSwitcherLine(), new UiStringLine(), new ShareLine(), new AdvertisementLine(),
            new BylineLine(), new DatelineLine(), new NewsletterLine(), new CookieLine(), new CopyrightLine(),
            new CreditsLine(), new TagsLine(), new DisclaimerLine(), new NavigationLine(), new ReadMoreLine());

    private static final double LINK_PROMO_DENSITY = 0.5;
    private static final int LINK_PROMO_WORDS = 20;

    private BoilerplateFilter() {
    }

    /** The name of the first rule that calls this line furniture, for tests and for explaining a decision. */
    static Optional<String> ruleFor(String line) {
        if (TextShape.words(line) > LineRule.MAX_WORDS) {
            return Optional.empty();
        }
        return LINE_RULES.stream().filter(rule -> rule.matches(line)).findFirst().map(rule -> rule.getClass().getSimpleName());
    }

    static boolean isFurniture(String line) {
        return ruleFor(line).isPresent();
    }

    /** A short line that is mostly a link and no sentence: a teaser for another story, whatever its label says. */
    static boolean isLinkPromo(Block block) {
        return block.linkDensity() >= LINK_PROMO_DENSITY && block.words() <= LINK_PROMO_WORDS && !TextShape.endsSentence(block.text());
    }

    /**
     * Rules that need neighbouring blocks run before the line rules: a "Sources" or "Related" heading must still be
     * there to say what follows it.
     */
    static List<Block> withoutFurniture(List<Block> blocks) {
        return withoutFurniture(blocks, new FurnitureMemo());
    }

    static List<Block> withoutFurniture(List<Block> blocks, FurnitureMemo memo) {
        List<Block> result = SourcesTrailer.cut(blocks);
        result = RelatedList.remove(result);
        result = Standfirst.dropAboveByline(result, memo);
        result = cutAfterEnd(result, memo);
        result = result.stream().filter(block -> !memo.isFurniture(block.text()) && !isLinkPromo(block)).toList();
        return PullQuote.remove(result);
    }

    /** Once furniture follows the last paragraph of prose the article is over: nothing after it is kept. */
    static List<Block> cutAfterEnd(List<Block> blocks, FurnitureMemo memo) {
        int lastProse = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).isProse() && !memo.isFurniture(blocks.get(i).text())) {
                lastProse = i;
            }
        }
        for (int i = lastProse + 1; lastProse >= 0 && i < blocks.size(); i++) {
            if (memo.isFurniture(blocks.get(i).text())) {
                return blocks.subList(0, i);
            }
        }
        return blocks;
    }

    static List<Block> body(List<Block> blocks) {
        List<Block> result = BodyBounds.dropLeadIn(blocks);
        result = BodyBounds.dropTrailer(result);
        return BodyBounds.dropDanglingHeadings(result);
    }
}
