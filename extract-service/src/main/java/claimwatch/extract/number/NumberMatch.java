package claimwatch.extract.number;

import claimwatch.extract.sentence.Span;

/**
 * A number found in a sentence, by token: [start, end) with its qualifier words, and numberStart where the digits or
 * number words begin; for extractors that read the words around it.
 */
public record NumberMatch(int start, int numberStart, int end, double value, Double upper, Qualifier qualifier,
        boolean spelledOut) {

    public Span span(Tokens tokens) {
        return new Span(tokens.start(start), tokens.end(end - 1));
    }

    public NumberMention toMention(Tokens tokens) {
        return new NumberMention(span(tokens), value, upper, qualifier);
    }
}
