package claimwatch.api.story;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.fact.NormalizedSlot;
import claimwatch.api.fact.SlotNormalizer;
import claimwatch.api.text.Folding;

/**
 * Builds an article's fingerprint from its claims: entities ({@code e:person:joaquin rendal}), values of strong slots
 * ({@code v:money:contract=EUR 430,000,000}, the slot normalised as fact grouping does it, the figure without its
 * qualifier) and the content words of its title and first two sentences ({@code t:ferry}), each with its count.
 * Negated and conditional claims give no values; weak (generic) slots neither.
 */
public final class ArticleFingerprints {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+");
    private static final int LEAD_SENTENCES = 2;

    private final SlotNormalizer slots = new SlotNormalizer();

    public ArticleFingerprint of(ArticleClaimsMessage message) {
        Map<String, Integer> features = new TreeMap<>();
        for (ArticleClaimsMessage.Claim claim : message.claims()) {
            if (claim.entities() != null) {
                for (ArticleClaimsMessage.EntityMention entity : claim.entities()) {
                    String name = entity.canonical() != null ? entity.canonical() : entity.text();
                    if (name != null && !name.isBlank()) {
                        String type = entity.type() == null ? "other" : entity.type();
                        features.merge("e:" + type + ":" + plain(name), 1, Integer::sum);
                    }
                }
            }
            addValues(claim, features);
        }
        for (String term : TitleTerms.of(titleAndLead(message.article()))) {
            features.merge("t:" + term, 1, Integer::sum);
        }
        return new ArticleFingerprint(message.articleId(), message.article().title(), message.article().reportedAt(), features);
    }

    private void addValues(ArticleClaimsMessage.Claim claim, Map<String, Integer> features) {
        if (claim.slots() == null || claim.modality() != null
                && ("negated".equals(claim.modality().value()) || "conditional".equals(claim.modality().value()))) {
            return;
        }
        for (ArticleClaimsMessage.Slot slot : claim.slots()) {
            String feature = value(claim, slot);
            if (feature != null) {
                features.merge(feature, 1, Integer::sum);
            }
        }
    }

    private String value(ArticleClaimsMessage.Claim claim, ArticleClaimsMessage.Slot slot) {
        int index = slot.index();
        if ("quantities".equals(slot.facet()) && claim.quantities() != null && index < claim.quantities().size()) {
            ArticleClaimsMessage.Quantity q = claim.quantities().get(index);
            NormalizedSlot normalized = slots.normalize(slot.key(), q.item(), q.unit(), null);
            return normalized.weak() ? null : "v:" + normalized.slot() + "=" + number(q.value()) + ("percent".equals(q.unit()) ? "%" : "");
        }
        if ("money".equals(slot.facet()) && claim.money() != null && index < claim.money().size()) {
            ArticleClaimsMessage.Money m = claim.money().get(index);
            NormalizedSlot normalized = slots.normalize(slot.key(), null, null, null);
            return normalized.weak() || m.currency() == null ? null : "v:" + normalized.slot() + "=" + m.currency() + " " + number(m.amount());
        }
        if ("dates".equals(slot.facet()) && claim.dates() != null && index < claim.dates().size()) {
            ArticleClaimsMessage.DateMention d = claim.dates().get(index);
            NormalizedSlot normalized = slots.normalize(slot.key(), null, null, d.role());
            return normalized.weak() || d.value() == null ? null : "v:" + normalized.slot() + "=" + d.value();
        }
        return null;
    }

    static String number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() <= 0 ? grouped(decimal.longValue()) : decimal.toPlainString();
    }

    /** As {@code String.format(Locale.ROOT, "%,d", n)}, which costs more than the rest of a fingerprint's values. */
    static String grouped(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    static String plain(String name) {
        return SPACE.matcher(Folding.fold(name).trim()).replaceAll(" ");
    }

    /** The title and the first sentences of the body; the body's first line repeats the title in cleaned text. */
    static String titleAndLead(ArticleClaimsMessage.Article article) {
        String title = article.title() == null ? "" : article.title();
        String text = article.text() == null ? "" : article.text().strip();
        if (!title.isEmpty() && text.startsWith(title)) {
            text = text.substring(title.length()).strip();
        }
        String[] sentences = SENTENCE_END.split(text, LEAD_SENTENCES + 1);
        StringBuilder lead = new StringBuilder(title);
        for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.length); i++) {
            lead.append(' ').append(sentences[i]);
        }
        return lead.toString();
    }
}
