package claimwatch.ingest.clean;

/**
 * One block of page text (a paragraph, heading, list item or quote) with the facts the boilerplate rules look at.
 *
 * @param linkDensity share of the text's characters that sit inside links
 * @param emphasised whether (nearly) all of the text is in italics or emphasis
 */
record Block(String text, Kind kind, double linkDensity, boolean emphasised) {

    enum Kind { HEADLINE, HEADING, PARAGRAPH, LIST_ITEM, QUOTE, CELL }

    static Block line(String text) {
        return new Block(text, Kind.PARAGRAPH, 0, false);
    }

    int words() {
        return TextShape.words(text);
    }

    boolean isProse() {
        return (kind == Kind.PARAGRAPH || kind == Kind.QUOTE) && TextShape.isProse(text);
    }

    boolean isHeading() {
        return kind == Kind.HEADLINE || kind == Kind.HEADING;
    }
}
