package claimwatch.extract.claim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import claimwatch.extract.attribution.Attribution;
import claimwatch.extract.attribution.AttributionExtractor;
import claimwatch.extract.date.DateExtractor;
import claimwatch.extract.date.DateMention;
import claimwatch.extract.entity.ArticleEntities;
import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.EntityExtractor;
import claimwatch.extract.modality.Modality;
import claimwatch.extract.modality.ModalityClassifier;
import claimwatch.extract.modality.ModalityReading;
import claimwatch.extract.money.Money;
import claimwatch.extract.money.MoneyExtractor;
import claimwatch.extract.quantity.Quantity;
import claimwatch.extract.quantity.QuantityExtractor;
import claimwatch.extract.sentence.ProseFilter;
import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.SentenceSplitter;
import claimwatch.extract.sentence.Span;
import claimwatch.extract.slot.Slot;
import claimwatch.extract.slot.SlotAssigner;

/**
 * The claim extractor: every prose sentence that states a figure, a date, or something someone says, or that is
 * hedged, conditional or negated, becomes a claim with its facets, its match keys and a check-worthiness score.
 */
public final class StructuredClaimExtractor implements ClaimExtractor {

    private final SentenceSplitter splitter;
    private final ProseFilter prose;
    private final QuantityExtractor quantities;
    private final MoneyExtractor money;
    private final DateExtractor dates;
    private final EntityExtractor entities;
    private final AttributionExtractor attributions;
    private final ModalityClassifier modality;
    private final SlotAssigner slots;

    public StructuredClaimExtractor(SentenceSplitter splitter, ProseFilter prose, QuantityExtractor quantities, MoneyExtractor money,
            DateExtractor dates, EntityExtractor entities, AttributionExtractor attributions, ModalityClassifier modality, SlotAssigner slots) {
        this.splitter = splitter;
        this.prose = prose;
        this.quantities = quantities;
        this.money = money;
        this.dates = dates;
        this.entities = entities;
        this.attributions = attributions;
        this.modality = modality;
        this.slots = slots;
    }

    public static StructuredClaimExtractor standard() {
        return new StructuredClaimExtractor(new SentenceSplitter(), new ProseFilter(), new QuantityExtractor(), new MoneyExtractor(),
                new DateExtractor(), new EntityExtractor(), new AttributionExtractor(), new ModalityClassifier(), new SlotAssigner());
    }

    @Override
    public String name() {
        return "structured";
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<Claim> extract(String articleId, String text, OffsetDateTime publishedAt) {
        List<Sentence> sentences = splitter.split(text);
        ArticleEntities named = entities.extract(sentences);
        List<Optional<Attribution>> attributed = attributions.attribute(sentences, named);
        ClaimIds ids = new ClaimIds(articleId);
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!prose.isProse(sentence.text())) {
                continue;
            }
            String words = sentence.text();
            List<Money> amounts = money.extract(words);
            List<Quantity> counts = quantities.extract(words);
            List<DateMention> when = dates.extract(words, publishedAt);
            Attribution who = attributed.get(sentence.index()).orElse(null);
            ModalityReading how = modality.classify(words);
            if (amounts.isEmpty() && counts.isEmpty() && when.isEmpty() && who == null && how.value() == Modality.ASSERTED) {
                continue;
            }
            List<Entity> actors = named.in(sentence.index());
            List<Slot> keys = slots.assign(words, counts, amounts, when);
            double worth = Checkworthiness.score(words, counts, amounts, when, actors, who, how);
            claims.add(new Claim(ids.next(words), words, new Span(sentence.start(), sentence.end()), sentence.index(),
                    kind(amounts, counts, when), Facets.shiftQuantities(counts, sentence.start()), Facets.shiftMoney(amounts, sentence.start()),
                    Facets.shiftDates(when, sentence.start()), Facets.shiftEntities(actors, sentence.start()), who, how, worth, keys));
        }
        return claims;
    }

    private static ClaimKind kind(List<Money> amounts, List<Quantity> counts, List<DateMention> when) {
        if (!amounts.isEmpty()) {
            return ClaimKind.MONEY;
        }
        if (!counts.isEmpty()) {
            return ClaimKind.QUANTITY;
        }
        return when.isEmpty() ? ClaimKind.STATEMENT : ClaimKind.DATE;
    }
}
