package claimwatch.extract.modality;

import java.util.List;
import java.util.Optional;

import claimwatch.extract.entity.Token;
import claimwatch.extract.entity.Tokenizer;

/**
 * Tells how firmly a sentence states its claim: negated, conditional, hedged or asserted, in that priority. Cues in
 * a condition ("if it is not ratified"), a relative, adverbial or purpose clause or a quoted title do not count. A
 * question is asserted unless a cue says otherwise, as the gold set has it: it makes no claim to hedge.
 */
public final class ModalityClassifier {

    private final Tokenizer tokenizer = new Tokenizer();

    public ModalityReading classify(String sentence) {
        List<Token> tokens = tokenizer.tokenize(sentence);
        if (!Triggers.any(tokens)) {
            return ModalityReading.ASSERTED;
        }
        boolean[] ignored = ClauseMask.unrelated(tokens);
        List<Cue> conditions = ConditionCues.all(tokens, ignored);
        boolean[] outsideConditions = ignored.clone();
        for (Cue condition : conditions) {
            ClauseMask.markClause(tokens, condition.index(), outsideConditions);
        }
        Optional<Cue> negation = NegationCues.first(tokens, outsideConditions);
        if (negation.isPresent()) {
            return new ModalityReading(Modality.NEGATED, negation.get().text());
        }
        if (!conditions.isEmpty()) {
            return new ModalityReading(Modality.CONDITIONAL, conditions.get(0).text());
        }
        Optional<Cue> hedge = HedgeCues.first(tokens, outsideConditions);
        if (hedge.isPresent()) {
            return new ModalityReading(Modality.HEDGED, hedge.get().text());
        }
        return ModalityReading.ASSERTED;
    }
}
