package claimwatch.api.fact;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the extractor's noisy slot keys onto the slots facts are grouped by.
 *
 * <p>Synonym families (key head -> slot):
 * <ul>
 * <li>money: contract, deal, price, agreement, purchase -> {@code money:contract}; funding, fund, grant, subsidy, aid ->
 * {@code money:funding}; payment, advance, transfer -> {@code money:payment}; order, backlog -> {@code money:order}.
 * Generic heads (value, amount, sum, total, worth, cost, figure) are weak and may join any money fact.</li>
 * <li>vessel counts: vessel, ship, boat, ferry, newbuild, refit, retrofit, conversion -> {@code count:vessel:new} or
 * {@code count:vessel:old} by the item's modifier (new, brand-new, newbuild / old, older, existing, current, ageing,
 * refit). Without a modifier the count is weak ("six ships" may be the new ones or the old). Superlatives (oldest,
 * newest) pick a subset, so they are no modifier.</li>
 * <li>bid, offer, bidder, tender -> {@code count:bid} (shipbuilder, company, firm: weak); job, post, worker ->
 * {@code count:job}; cost, bill, programme, budget, price, overrun percentages -> {@code percent:cost}.</li>
 * <li>dates by event and object: sign, ink, formalise, conclude -> {@code date:sign}; approve, agree, authorise, endorse,
 * adopt -> {@code date:approve}; vote, ratify -> {@code date:vote}; enter, arrive, deliver, complete, launch ->
 * {@code date:enter}: all four of the contract (contract, deal, agreement, programme, plan, project) or of its vessels
 * (ferry, ship, boat, newbuild); another object gets its own slot ({@code date:approve:refit}); publish, release
 * ({@code date:publish:report} for report, audit, review, study), close ({@code date:close:tender}), start. An event
 * that names no object and is not specific by itself ("agreed on Monday", "published") only joins a fact of its
 * family; it forms none. Deadlines and since-dates get their own slot
 * ({@code /by}, {@code /since}): "by 2030" does not contradict "in 2027".</li>
 * <li>Durations ({@code measure:*}), ages, times and counts carrying a unit are weak and join nothing else: a bare
 * unit says too little about what is measured.</li>
 * </ul>
 * Any other key is its own strong slot.
 */
public final class SlotNormalizer {

    private static final Map<String, String[]> MONEY = new HashMap<>();
    private static final Map<String, String[]> DATE = new HashMap<>();
    private static final Map<String, String> DATE_OBJECT = new HashMap<>();
    /** What a story's contract events are about: the contract and the vessels it buys ("the ferry contract"). */
    private static final Set<String> SUBJECTS = Set.of("contract", "vessel");
    private static final Set<String> MONEY_GENERIC = Set.of("value", "amount", "sum", "total", "worth", "cost", "figure", "money",
            "spending", "investment", "fee");
    private static final Set<String> VESSEL = Set.of("vessel", "ship", "boat", "ferry", "newbuild", "newbuilding", "refit", "retrofit",
            "conversion", "catamaran", "unit", "hull");
    private static final Set<String> NEW = Set.of("new", "brand-new", "newbuild", "newbuilds", "new-build", "newly-built", "newbuilding");
    private static final Set<String> OLD = Set.of("old", "older", "existing", "current", "ageing", "aging", "clapped-out", "refit",
            "refits", "refitted", "converted", "second-hand", "retrofitted");
    private static final Set<String> BID = Set.of("bid", "offer", "bidder", "tender");
    private static final Set<String> BID_WEAK = Set.of("shipbuilder", "company", "firm", "builder", "yard", "consortium");
    private static final Set<String> JOB = Set.of("job", "post", "worker", "position", "employee");
    private static final Set<String> COST_SHARE = Set.of("cost", "bill", "programme", "program", "budget", "price", "overrun");
    private static final Set<String> ALWAYS_WEAK = Set.of("age", "time", "year", "minute", "hour", "second", "day");
    private static final Set<String> DATE_STRONG_ALONE = Set.of("sign", "ink", "formalise", "formalize", "conclude", "approve",
            "authorise", "authorize", "endorse", "adopt", "enter", "arrive", "vote", "ratify");

    static {
        family(MONEY, "money:contract", "contract value", "contract", "deal", "price", "agreement", "purchase");
        family(MONEY, "money:funding", "funding", "funding", "fund", "grant", "subsidy", "aid");
        family(MONEY, "money:payment", "payment", "payment", "advance", "transfer", "instalment");
        family(MONEY, "money:order", "order book", "order", "backlog");
        dates("date:sign", "signing date", "contract", "sign", "ink", "formalise", "formalize", "conclude", "seal");
        dates("date:approve", "approval date", "contract", "approve", "agree", "authorise", "authorize", "endorse", "adopt");
        dates("date:enter", "entry into service", "vessel", "enter", "arrive", "deliver", "complete", "launch");
        dates("date:vote", "parliament vote", "contract", "vote", "ratify");
        dates("date:publish", "publication date", null, "publish", "release", "issue");
        dates("date:close", "closing date", null, "close", "end");
        dates("date:start", "start date", null, "start", "begin");
        objects("contract", "contract", "deal", "agreement", "programme", "program", "plan", "project", "scheme", "purchase", "renewal");
        objects("vessel", "vessel", "ferry", "ship", "boat", "newbuild", "unit", "hull");
        objects("report", "report", "audit", "review", "study");
        objects("tender", "tender", "bid", "bidding");
    }

    private static void dates(String slot, String label, String defaultObject, String... verbs) {
        for (String verb : verbs) {
            DATE.put(verb, new String[] { slot, label, defaultObject });
        }
    }

    private static void objects(String canonical, String... objects) {
        for (String object : objects) {
            DATE_OBJECT.put(object, canonical);
        }
    }

    private static void family(Map<String, String[]> table, String slot, String label, String... heads) {
        for (String head : heads) {
            table.put(head, new String[] { slot, label });
        }
    }

    /**
     * @param key  the extractor's key, e.g. {@code count:ferry} or {@code date:approve:programme}
     * @param item the quantity's item ("new ferries"), null otherwise
     * @param unit the quantity's unit, null otherwise
     * @param role the date's role (event, deadline, since, period), null otherwise
     */
    public NormalizedSlot normalize(String key, String item, String unit, String role) {
        String[] parts = key.toLowerCase(Locale.ROOT).split(":");
        String kind = parts[0];
        String head = parts.length > 1 ? parts[1] : "";
        String object = parts.length > 2 ? parts[2] : null;
        return switch (kind) {
            case "money" -> money(head);
            case "count" -> count(head, item, unit);
            case "percent" -> COST_SHARE.contains(head) ? strong("percent:cost", "cost increase (%)") : strong("percent:" + head, head + " (%)");
            case "date" -> withRole(date(head, object), role);
            case "measure" -> new NormalizedSlot(key, "duration or measure in " + head, true, null);
            default -> strong(key, head.isEmpty() ? key : head + " " + kind);
        };
    }

    private static NormalizedSlot strong(String slot, String label) {
        return new NormalizedSlot(slot, label, false, null);
    }

    private static NormalizedSlot money(String head) {
        String[] family = MONEY.get(head);
        if (family != null) {
            return strong(family[0], family[1]);
        }
        if (MONEY_GENERIC.contains(head)) {
            return new NormalizedSlot("money:" + head, head + " (amount)", true, "money");
        }
        return strong("money:" + head, head + " (amount)");
    }

    private static NormalizedSlot count(String head, String item, String unit) {
        if (ALWAYS_WEAK.contains(head) || (unit != null && !unit.equals("times"))) {
            return new NormalizedSlot("count:" + head, ALWAYS_WEAK.contains(head) ? head : plural(head), true, null);
        }
        if (VESSEL.contains(head)) {
            String modifier = vesselModifier(head, item);
            return modifier == null ? new NormalizedSlot("count:vessel", "number of vessels", true, "count:vessel")
                    : strong("count:vessel:" + modifier, modifier.equals("new") ? "number of new vessels" : "number of existing vessels (refits)");
        }
        if (BID.contains(head)) {
            return strong("count:bid", "number of bids");
        }
        if (BID_WEAK.contains(head)) {
            return new NormalizedSlot("count:" + head, "number of " + plural(head), true, "count:bid");
        }
        if (JOB.contains(head)) {
            return strong("count:job", "number of jobs");
        }
        return strong("count:" + head, "number of " + plural(head));
    }

    static String plural(String noun) {
        if (noun.endsWith("y") && noun.length() > 2 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    private static String vesselModifier(String head, String item) {
        if (head.startsWith("newbuild")) {
            return "new";
        }
        if (head.equals("refit") || head.equals("retrofit") || head.equals("conversion")) {
            return "old";
        }
        if (item == null) {
            return null;
        }
        for (String word : item.toLowerCase(Locale.ROOT).split("[^a-z-]+")) {
            if (NEW.contains(word)) {
                return "new";
            }
            if (OLD.contains(word)) {
                return "old";
            }
        }
        return null;
    }

    private static NormalizedSlot date(String verb, String object) {
        String[] family = DATE.get(verb);
        String normalizedObject = object == null ? null : DATE_OBJECT.getOrDefault(object, object);
        if (family == null) {
            String slot = "date:" + verb + (object == null ? "" : ":" + normalizedObject);
            String label = verb + (object == null ? "" : " " + normalizedObject) + " date";
            return object != null ? strong(slot, label) : new NormalizedSlot(slot, label, true, slot);
        }
        String base = family[0];
        String defaultObject = family[2];
        if (normalizedObject == null) {
            return defaultObject != null && DATE_STRONG_ALONE.contains(verb) ? strong(base, family[1])
                    : new NormalizedSlot("date:" + verb, verb + " date", true, base, true);
        }
        return defaultObject != null && (normalizedObject.equals(defaultObject) || SUBJECTS.contains(normalizedObject)) ? strong(base, family[1])
                : strong(base + ":" + normalizedObject, family[1] + " (" + normalizedObject + ")");
    }

    private static NormalizedSlot withRole(NormalizedSlot slot, String role) {
        String suffix = "deadline".equals(role) ? "by" : "since".equals(role) ? "since" : null;
        if (suffix == null) {
            return slot;
        }
        String label = slot.label() + (suffix.equals("by") ? " (deadline)" : " (since)");
        return new NormalizedSlot(slot.slot() + "/" + suffix, label, slot.weak(), slot.scope() == null ? null : slot.scope() + "/" + suffix,
                slot.joinOnly());
    }
}
