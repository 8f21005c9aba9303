package claimwatch.extract.sentence;

/** Character offsets in a text, end exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
