package claimwatch.api.read;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.claim.ArticleClaimsMessage.Attribution;
import claimwatch.api.claim.ArticleClaimsMessage.Claim;
import claimwatch.api.claim.ArticleClaimsMessage.DateMention;
import claimwatch.api.claim.ArticleClaimsMessage.EntityMention;
import claimwatch.api.claim.ArticleClaimsMessage.Modality;
import claimwatch.api.claim.ArticleClaimsMessage.Money;
import claimwatch.api.claim.ArticleClaimsMessage.Quantity;
import claimwatch.api.claim.ArticleClaimsMessage.Slot;
import claimwatch.api.claim.ArticleClaimsMessage.Span;
import claimwatch.api.fact.Conflict;
import claimwatch.api.fact.Fact;
import claimwatch.api.fact.FactValue;
import claimwatch.api.fact.FirstReport;
import claimwatch.api.fact.Support;
import claimwatch.api.story.StoryReason;

/**
 * The sample story of samples/README.md in miniature: Valderra's ferry contract with Aldermoor as Meridian Wire, The
 * Mercantile Journal, Daily Klaxon and a syndicated Harbor Times copy report it, with the €430 million vs more than
 * €300 million disagreement. Ids are fresh per seeding, so one test database can hold several copies.
 */
public final class SampleStory {

    public final String storyId;
    public final List<String> articleIds = new ArrayList<>();
    public final List<String> claimIds = new ArrayList<>();
    public final List<Fact> facts = new ArrayList<>();
    public final List<Conflict> conflicts = new ArrayList<>();
    public final String valderra = ReadModelSeed.hex(16);
    public final String rendal = ReadModelSeed.hex(16);
    public final String aldermoor = ReadModelSeed.hex(16);

    public static final Instant WIRE = Instant.parse("2024-03-11T16:42:00Z");
    public static final Instant JOURNAL = Instant.parse("2024-03-12T06:00:00Z");
    public static final Instant KLAXON = Instant.parse("2024-03-12T09:15:00Z");
    public static final Instant HARBOR = Instant.parse("2024-03-11T18:00:00Z");

    public SampleStory(ReadModelSeed seed) {
        for (int i = 0; i < 4; i++) {
            articleIds.add(ReadModelSeed.hex(32));
        }
        storyId = articleIds.get(0);
        seed.story(storyId, "Valderra signs €430 million ferry deal with Aldermoor", 4, 4, 4, 1, WIRE, KLAXON,
                KLAXON.plusSeconds(120), null);
        seed.entity(valderra, "Valderra", "place", 4, 4);
        seed.entity(rendal, "Joaquin Rendal", "person", 2, 2);
        seed.entity(aldermoor, "Aldermoor Marine Engineering", "organisation", 3, 3);

        article(seed, 0, "Meridian Wire", "Valderra signs €430 million ferry deal with Aldermoor", WIRE, null,
                new StoryReason("started", 1.0, 0, 0, 0, List.of(), List.of(), List.of(), List.of()),
                claim("The contract is worth €430 million, regional minister Joaquin Rendal said.", "money", "asserted", null, 0.92,
                        new Attribution(List.of("Joaquin Rendal"), "regional minister", "said", "indirect"),
                        money(430_000_000, null), List.of(), entity("Joaquin Rendal", "person")),
                claim("The first of the new ferries will enter service in 2027.", "date", "asserted", null, 0.71, null,
                        List.of(), date("2027"), entity("Valderra", "place")));
        article(seed, 1, "The Mercantile Journal", "Aldermoor's Valderra ferry win tests thin margins", JOURNAL, null,
                reason("joined", 0.81),
                claim("Aldermoor Marine Engineering's €430m contract covers six hybrid-electric vessels.", "money", "asserted",
                        null, 0.88, null, money(430_000_000, null), List.of(), entity("Aldermoor Marine Engineering", "organisation")),
                claim("Costs could rise further if steel prices climb.", "statement", "conditional", "could", 0.35, null,
                        List.of(), List.of(), entity("Valderra", "place")));
        article(seed, 2, "Daily Klaxon", "Valderra ferry fury: deal worth more than €300m", KLAXON, null, reason("joined", 0.64),
                claim("The deal is worth more than €300 million, Meridian Wire reported.", "money", "hedged", "reported", 0.67,
                        new Attribution(List.of("Meridian Wire"), null, "reported", "outlet-citation"),
                        money(300_000_000, "more-than"), List.of(), entity("Valderra", "place")),
                claim("Rendal did not say when the ferries would be delivered.", "statement", "negated", "did not", 0.41, null,
                        List.of(), List.of(), entity("Joaquin Rendal", "person")));
        article(seed, 3, "Harbor Times", "Valderra signs €430 million ferry deal with Aldermoor", HARBOR, articleIds.get(0),
                reason("joined", 0.97),
                claim("The contract is worth €430 million, regional minister Joaquin Rendal said.", "money", "asserted", null, 0.92,
                        new Attribution(List.of("Joaquin Rendal"), "regional minister", "said", "indirect"),
                        money(430_000_000, null), List.of(), entity("Aldermoor Marine Engineering", "organisation")));
        // Entity links as the write path derives them from the facets.
        link(seed, 0, aldermoor);
        link(seed, 0, rendal);
        link(seed, 1, valderra);
        link(seed, 2, aldermoor);
        link(seed, 3, valderra);
        link(seed, 4, valderra);
        link(seed, 5, rendal);
        link(seed, 6, aldermoor);

        FactValue eur430 = new FactValue("money", 430_000_000.0, null, "EUR", null, "exact", "€430 million");
        FactValue over300 = new FactValue("money", 300_000_000.0, null, "EUR", null, "more-than", "more than €300 million");
        FactValue year2027 = new FactValue("date", null, null, null, "2027", "exact", "2027");
        facts.add(new Fact(ReadModelSeed.hex(24), "The contract is worth €430 million", "money:EUR:contract", "contract value",
                eur430, "disputed", 3, 2, new FirstReport("Meridian Wire", articleIds.get(0), WIRE, List.of()),
                List.of(support(0, 0, "Meridian Wire", WIRE, null), support(2, 1, "The Mercantile Journal", JOURNAL, null),
                        support(6, 3, "Harbor Times", HARBOR, articleIds.get(0)))));
        facts.add(new Fact(ReadModelSeed.hex(24), "The deal is worth more than €300 million", "money:EUR:contract",
                "contract value", over300, "disputed", 1, 1,
                new FirstReport("Daily Klaxon", articleIds.get(2), KLAXON, List.of("Meridian Wire")),
                List.of(support(4, 2, "Daily Klaxon", KLAXON, null))));
        facts.add(new Fact(ReadModelSeed.hex(24), "The first ferry enters service in 2027", "date:service", "first ferry in service",
                year2027, "single-source", 1, 1, new FirstReport("Meridian Wire", articleIds.get(0), WIRE, List.of()),
                List.of(support(1, 0, "Meridian Wire", WIRE, null))));
        facts.add(new Fact(ReadModelSeed.hex(24), "Aldermoor builds six hybrid-electric vessels", "count:vessel", "vessels",
                new FactValue("number", 6.0, null, "vessel", null, "exact", "6 vessels"), "corroborated", 2, 2,
                new FirstReport("The Mercantile Journal", articleIds.get(1), JOURNAL, List.of()),
                List.of(support(2, 1, "The Mercantile Journal", JOURNAL, null), support(0, 0, "Meridian Wire", WIRE, null))));
        for (int i = 0; i < facts.size(); i++) {
            seed.fact(storyId, i, facts.get(i));
        }
        conflicts.add(new Conflict(ReadModelSeed.hex(24), "money:EUR:contract", "contract value", List.of(
                new Conflict.Value(eur430, "exact", List.of("Meridian Wire", "The Mercantile Journal"),
                        List.of(claimIds.get(0), claimIds.get(2)), facts.get(0).id()),
                new Conflict.Value(over300, "more-than", List.of("Daily Klaxon"), List.of(claimIds.get(4)), facts.get(1).id()))));
        seed.conflict(storyId, 0, conflicts.get(0));
    }

    private final List<Claim> pending = new ArrayList<>();

    private void article(ReadModelSeed seed, int index, String outlet, String title, Instant published, String duplicateOf,
            StoryReason reason, Claim... claims) {
        StringBuilder text = new StringBuilder(title).append("\n\n");
        List<Claim> placed = new ArrayList<>();
        for (int i = 0; i < claims.length; i++) {
            Claim c = claims[i];
            String id = ReadModelSeed.hex(24);
            int start = text.length();
            text.append(c.text()).append(' ');
            placed.add(new Claim(id, c.text(), new Span(start, start + c.text().length()), i + 1, c.kind(), c.quantities(),
                    c.money(), c.dates(), c.entities(), c.attribution(), c.modality(), c.checkworthiness(), c.slots()));
        }
        seed.article(articleIds.get(index), storyId, outlet, title, published, published.plusSeconds(300), duplicateOf,
                text.toString().strip(), claims.length, reason);
        for (Claim claim : placed) {
            seed.claim(articleIds.get(index), claim);
            claimIds.add(claim.id());
            pending.add(claim);
        }
    }

    private void link(ReadModelSeed seed, int claim, String entityId) {
        seed.mention(claimIds.get(claim), entityId, articleOf(claim));
    }

    /** The article of the n-th claim, in seeding order (2, 2, 2, 1 claims per article). */
    public String articleOf(int claim) {
        return articleIds.get(claim < 2 ? 0 : claim < 4 ? 1 : claim < 6 ? 2 : 3);
    }

    private Support support(int claim, int article, String outlet, Instant published, String syndicatedFrom) {
        Claim c = pending.get(claim);
        return new Support(c.id(), articleIds.get(article), outlet, published, c.text(), c.attribution(),
                c.modality().value(), syndicatedFrom, List.of());
    }

    private static StoryReason reason(String decision, double score) {
        return new StoryReason(decision, score, 0.67, 0.5, 0.31, List.of("Valderra", "Aldermoor Marine Engineering"),
                List.of("money:EUR:430000000"), List.of("ferry", "contract"), List.of());
    }

    private static Claim claim(String text, String kind, String modality, String cue, double checkworthiness,
            Attribution attribution, List<Money> money, List<DateMention> dates, List<EntityMention> entities) {
        List<Slot> slots = !money.isEmpty() ? List.of(new Slot("money:EUR:contract", "money", 0))
                : !dates.isEmpty() ? List.of(new Slot("date:service", "dates", 0)) : List.of();
        List<Quantity> quantities = text.contains("six") ? List.of(new Quantity("six hybrid-electric vessels",
                new Span(0, 27), 6, null, null, "vessel", "vessel", "exact")) : List.of();
        return new Claim(null, text, null, 0, kind, quantities, money, dates, entities, attribution, new Modality(modality, cue),
                checkworthiness, slots);
    }

    private static List<Money> money(double amount, String qualifier) {
        return List.of(new Money("€" + (long) (amount / 1_000_000) + " million", new Span(0, 12), amount, null, "EUR",
                qualifier == null ? "exact" : qualifier));
    }

    private static List<DateMention> date(String value) {
        return List.of(new DateMention("in " + value, new Span(0, 7), value, "year", "event"));
    }

    private static List<EntityMention> entity(String canonical, String type) {
        return List.of(new EntityMention(canonical, new Span(0, canonical.length()), canonical, type));
    }
}
