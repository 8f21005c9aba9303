package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import claimwatch.extract.entity.ArticleEntities;
import claimwatch.extract.entity.EntityExtractor;
import claimwatch.extract.entity.Token;
import claimwatch.extract.entity.Tokenizer;
import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.SentenceSplitter;

/** Sentence views of a text, with its entities and quotes marked, for the attribution rules' own tests. */
final class Views {

    private Views() {
    }

    static List<SentenceView> of(String text) {
        List<Sentence> sentences = new SentenceSplitter().split(text);
        ArticleEntities entities = new EntityExtractor().extract(sentences);
        Tokenizer tokenizer = new Tokenizer();
        List<List<Token>> tokens = new ArrayList<>();
        for (Sentence sentence : sentences) {
            tokens.add(tokenizer.tokenize(sentence.text()));
        }
        LowerCaseWords lowerCaseWords = new LowerCaseWords(tokens);
        List<SentenceView> views = new ArrayList<>();
        for (Sentence sentence : sentences) {
            views.add(new SentenceView(sentence, tokenizer.tokenize(sentence.text()), entities.in(sentence.index()),
                    lowerCaseWords, views.isEmpty() ? null : views.get(views.size() - 1)));
        }
        Quotes.mark(views);
        return views;
    }

    /** The last sentence of the text: the one under test, after the sentences that introduce its names. */
    static SentenceView last(String text) {
        List<SentenceView> views = of(text);
        return views.get(views.size() - 1);
    }

    static int indexOf(SentenceView view, String word) {
        for (int i = 0; i < view.size(); i++) {
            if (view.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + view.sentence().text());
    }
}
