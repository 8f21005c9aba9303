package claimwatch.extract.slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.date.DateMention;
import claimwatch.extract.money.Money;
import claimwatch.extract.quantity.Quantity;
import claimwatch.extract.sentence.Span;

/**
 * Gives each fact of a claim the key that matches it across outlets (the rules are documented in the
 * extract-service README and will be tuned against the gold set):
 * <ul>
 * <li>a count: {@code count:<item key>}; a percentage {@code percent:<key>}; "twice as many" {@code ratio:<key>};
 * a measure without counted item {@code measure:<unit>};</li>
 * <li>money: {@code money:<thing valued>}, the money noun nearest the amount (contract, deal, cost, ...), else
 * {@code money:value};</li>
 * <li>a date: {@code date:<event>[:<object>]}, the event verb or noun nearest the date, lemmatised, and the first
 * object noun after it ("agreed the sale in 2022" gives {@code date:agree:sale}), else the subject just before it
 * ("the deal was agreed in 2022" gives {@code date:agree:deal}); an event word used as an adjective ("behind closed
 * doors") is not an event; no slot when no event is named.</li>
 * </ul>
 */
public final class SlotAssigner {

    private static final int MONEY_REACH = 8;
    private static final int DATE_REACH = 10;
    private static final int OBJECT_REACH = 5;
    private static final int SUBJECT_REACH = 4;
    private static final Set<String> CLAUSE_BREAKS = Set.of("and", "but", "or", "that", "which", "who", "when", "after", "before", "while");

    private final Map<String, String> moneyThings = SlotLexicon.moneyThings();
    private final Map<String, String> events = SlotLexicon.events();
    private final Map<String, String> objects = SlotLexicon.objects();
    private final Set<String> adjectivalPhrases = SlotLexicon.adjectivalPhrases();

    public List<Slot> assign(String sentence, List<Quantity> quantities, List<Money> money, List<DateMention> dates) {
        List<Words.Word> words = Words.of(sentence);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            int index = i;
            quantityKey(quantities.get(i)).ifPresent(key -> slots.add(new Slot(key, "quantities", index)));
        }
        for (int i = 0; i < money.size(); i++) {
            String thing = nearest(words, money.get(i).span(), moneyThings, MONEY_REACH).orElse("value");
            slots.add(new Slot("money:" + thing, "money", i));
        }
        for (int i = 0; i < dates.size(); i++) {
            int index = i;
            dateKey(words, dates.get(i).span()).ifPresent(key -> slots.add(new Slot(key, "dates", index)));
        }
        return slots;
    }

    private static Optional<String> quantityKey(Quantity quantity) {
        String key = quantity.key();
        if ("percent".equals(quantity.unit())) {
            return Optional.ofNullable(key).map(k -> "percent:" + k);
        }
        if ("times".equals(quantity.unit())) {
            return Optional.ofNullable(key).map(k -> "ratio:" + k);
        }
        if (key != null) {
            return Optional.of("count:" + key);
        }
        return Optional.ofNullable(quantity.unit()).map(unit -> "measure:" + unit);
    }

    private Optional<String> dateKey(List<Words.Word> words, Span date) {
        int at = Words.positionAt(words, date.start());
        Words.Word best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Words.Word word : words) {
            if (!events.containsKey(word.text()) || word.start() >= date.start() && word.end() <= date.end()
                    || adjectival(words, word)) {
                continue;
            }
            // An event named before the date ("signed on Tuesday") binds tighter than one after it.
            int distance = word.position() < at ? at - word.position() : (word.position() - at) * 2;
            if (distance < bestDistance && distance <= DATE_REACH * 2) {
                best = word;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String event = events.get(best.text());
        int from = best.position();
        Optional<String> object = words.stream()
                .filter(word -> word.position() > from && word.position() <= from + OBJECT_REACH)
                .map(word -> objects.get(word.text()))
                .filter(found -> found != null)
                .findFirst()
                .or(() -> subjectBefore(words, from));
        return Optional.of("date:" + event + object.map(o -> ":" + o).orElse(""));
    }

    private boolean adjectival(List<Words.Word> words, Words.Word word) {
        return word.position() + 1 < words.size()
                && adjectivalPhrases.contains(word.text() + " " + words.get(word.position() + 1).text());
    }

    /**
     * With no object after the verb, the subject just before it: "the deal was quietly agreed", "the tender closed".
     * The search stops at a word ending a clause so that "approved the plan, and the vote closed" keeps them apart.
     */
    private Optional<String> subjectBefore(List<Words.Word> words, int verb) {
        for (int at = verb - 1; at >= Math.max(0, verb - SUBJECT_REACH); at--) {
            String word = words.get(at).text();
            String object = objects.get(word);
            if (object != null) {
                return Optional.of(object);
            }
            if (CLAUSE_BREAKS.contains(word)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nearest(List<Words.Word> words, Span span, Map<String, String> lexicon, int reach) {
        int at = Words.positionAt(words, span.start());
        int end = Words.positionAt(words, span.end());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Words.Word word : words) {
            String thing = lexicon.get(word.text());
            if (thing == null) {
                continue;
            }
            int distance = word.position() < at ? at - word.position() : Math.max(0, word.position() - end + 1);
            if (distance < bestDistance && distance <= reach) {
                best = thing;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
