package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.entity.ArticleEntities;
import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.Token;
import claimwatch.extract.entity.Tokenizer;
import claimwatch.extract.sentence.Sentence;

/**
 * Says, for every sentence of an article, who says it and how: quoted words, reported speech, "according to", or
 * an outlet as the source. Empty where the article itself asserts the sentence.
 */
public final class AttributionExtractor {

    private static final Set<String> NUMBER_WORDS = Lexicon.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "dozen", "hundred", "hundreds", "thousand", "million", "billion",
            "half", "quarter", "twice", "double");

    private final Tokenizer tokenizer = new Tokenizer();

    public List<Optional<Attribution>> attribute(List<Sentence> sentences, ArticleEntities entities) {
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            tokens.add(tokenizer.tokenize(sentence.text()));
        }
        LowerCaseWords lowerCaseWords = new LowerCaseWords(tokens);
        List<SentenceView> views = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            SentenceView previous = views.isEmpty() ? null : views.get(views.size() - 1);
            views.add(new SentenceView(sentence, tokens.get(views.size()), entities.in(sentence.index()), lowerCaseWords,
                    previous));
        }
        List<QuoteLayout> layouts = Quotes.mark(views);
        int[] quoteStarts = QuoteGroups.starts(layouts, views);
        PronounResolver pronouns = new PronounResolver();
        List<Optional<Attribution>> own = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            SentenceView before = quoteStarts[i] > 0 ? views.get(quoteStarts[i] - 1) : null;
            List<Frame> frames = pronouns.resolve(FrameFinder.find(views.get(i)), views.get(i), before);
            QuoteLayout layout = layouts.get(i);
            own.add(FrameMerger.merge(frames, layout.speech(), lastFigure(views.get(i))));
        }
        return SpeakerResolver.resolve(QuoteGroups.fill(own, layouts, quoteStarts), entities);
    }

    /** Index of the last number, in figures or words, or -1. */
    private static int lastFigure(SentenceView view) {
        for (int i = view.size() - 1; i >= 0; i--) {
            Token token = view.token(i);
            if (token.kind() == Token.Kind.NUMBER || NUMBER_WORDS.contains(token.lower())) {
                return i;
            }
        }
        return -1;
    }
}
