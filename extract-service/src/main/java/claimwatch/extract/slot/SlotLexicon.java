package claimwatch.extract.slot;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words slot keys are made of: what money values, which events dates belong to, and their objects. */
final class SlotLexicon {

    private SlotLexicon() {
    }

    /** Money nouns, as written, to the thing they value. */
    static Map<String, String> moneyThings() {
        Map<String, String> things = new HashMap<>();
        put(things, "contract", "contract", "contracts", "contract's");
        put(things, "deal", "deal", "deals", "agreement", "agreements", "sale", "sales", "acquisition", "takeover", "purchase", "merger");
        put(things, "cost", "cost", "costs", "overrun", "overruns", "bill", "spending", "expenditure");
        put(things, "price", "price", "prices", "fare", "fares", "valuation", "tariff", "tariffs");
        put(things, "budget", "budget", "budgets");
        put(things, "revenue", "revenue", "revenues", "turnover", "income");
        put(things, "profit", "profit", "profits", "earnings", "loss", "losses");
        put(things, "fine", "fine", "fines", "penalty", "penalties", "damages", "compensation");
        put(things, "subsidy", "subsidy", "subsidies", "grant", "grants");
        put(things, "funding", "funding", "funds", "fund", "investment", "investments", "financing", "aid");
        put(things, "payment", "payment", "payments", "advance", "fee", "fees", "bonus", "bribe", "bribes", "kickback");
        put(things, "loan", "loan", "loans", "debt", "debts", "bond", "bonds", "credit");
        put(things, "salary", "salary", "salaries", "wage", "wages", "pay", "pension");
        put(things, "order", "order", "orders", "backlog", "book");
        return things;
    }

    /** Event verbs and nouns, as written, to their lemma. */
    static Map<String, String> events() {
        Map<String, String> events = new HashMap<>();
        put(events, "sign", "sign", "signs", "signed", "signing", "signature");
        put(events, "agree", "agree", "agrees", "agreed", "agreeing");
        put(events, "approve", "approve", "approves", "approved", "approval");
        put(events, "announce", "announce", "announces", "announced", "announcement");
        put(events, "publish", "publish", "publishes", "published", "publication");
        put(events, "deliver", "deliver", "delivers", "delivered", "delivery", "deliveries");
        put(events, "vote", "vote", "votes", "voted", "voting", "ballot");
        put(events, "ratify", "ratify", "ratifies", "ratified", "ratification");
        put(events, "award", "award", "awards", "awarded");
        put(events, "order", "ordered", "orders");
        put(events, "launch", "launch", "launches", "launched");
        put(events, "complete", "complete", "completes", "completed", "completion");
        put(events, "open", "open", "opens", "opened", "opening", "reopened", "reopen", "reopens");
        put(events, "close", "closes", "closed", "closing", "closure");
        put(events, "start", "start", "starts", "started", "begin", "begins", "began", "begun");
        put(events, "end", "ended", "ends");
        put(events, "enter", "enter", "enters", "entered");
        put(events, "build", "built", "build", "builds");
        put(events, "submit", "submit", "submitted", "submits");
        put(events, "pay", "paid", "pays");
        put(events, "retire", "retire", "retired", "retires");
        put(events, "found", "founded");
        put(events, "hold", "held", "holds");
        put(events, "expire", "expire", "expires", "expired");
        put(events, "tender", "tendered");
        put(events, "operate", "operate", "operated", "operating", "operates");
        put(events, "arrive", "arrive", "arrived", "arrives", "arrival");
        return events;
    }

    /** Object nouns of events, as written, to their singular. */
    static Map<String, String> objects() {
        Map<String, String> objects = new HashMap<>();
        for (String noun : new String[] { "contract", "deal", "agreement", "sale", "report", "ferry", "ship", "vessel", "tender", "bid",
                "plan", "budget", "order", "law", "bill", "treaty", "loan", "payment", "audit", "review", "study", "fleet", "route",
                "terminal", "berth", "port", "howitzer", "system", "vaccine", "trial", "verdict", "appeal", "strike", "museum",
                "marathon", "race", "project", "programme", "program", "scheme", "licence", "license", "permit", "refit" }) {
            objects.put(noun, noun);
            objects.put(Words.plural(noun), noun);
        }
        return objects;
    }

    /** Event words followed by the noun they describe, where they name no event ("behind closed doors"). */
    static Set<String> adjectivalPhrases() {
        return Set.of("closed doors", "closed door", "open letter", "open question", "open secret", "opening hours",
                "opening remarks", "closing remarks", "signed copy", "signed copies", "published price", "published prices");
    }

    private static void put(Map<String, String> map, String value, String... keys) {
        for (String key : keys) {
            map.put(key, value);
        }
    }
}
