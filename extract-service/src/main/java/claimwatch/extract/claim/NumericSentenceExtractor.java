package claimwatch.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.SentenceSplitter;
import claimwatch.extract.sentence.Span;

/** The first extractor: every sentence that carries a digit is a claim. */
public final class NumericSentenceExtractor implements ClaimExtractor {

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private final SentenceSplitter splitter;

    public NumericSentenceExtractor(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return "numeric-sentence";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<Claim> extract(String articleId, String text) {
        ClaimIds ids = new ClaimIds(articleId);
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : splitter.split(text)) {
            if (DIGIT.matcher(sentence.text()).find()) {
                claims.add(new Claim(ids.next(sentence.text()), sentence.text(),
                        new Span(sentence.start(), sentence.end()), sentence.index()));
            }
        }
        return claims;
    }
}
