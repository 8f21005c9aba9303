package claimwatch.extract.entity;

import java.util.Map;
import java.util.Set;

/** Words that make a capitalised name an organisation or a news outlet, and a few names known without them. */
public final class OrganisationWords {

    private static final Set<String> NEWS = Lexicon.of("times", "wire", "journal", "herald", "courier", "review",
            "observer", "gazette", "post", "news", "press", "tribune", "daily", "voice", "telegraph", "guardian",
            "independent", "mirror", "mail", "express", "chronicle", "globe", "monitor", "examiner", "inquirer",
            "dispatch", "sentinel", "magazine", "weekly", "standard", "bulletin", "digest",
            "radio", "tv", "television", "broadcasting");

    private static final Set<String> ORGANISATION = Lexicon.of("institute", "institution", "ministry", "office", "agency",
            "authority", "council", "court", "parliament", "assembly", "senate", "congress", "committee",
            "commission", "bank", "group", "ltd", "ltd.", "inc", "inc.", "corp", "corp.", "corporation", "company",
            "co.", "plc", "llc", "gmbh", "ag", "s.a.", "s.l.", "n.v.", "asa", "marine", "engineering", "shipyard",
            "shipyards", "shipbuilding", "university", "college", "school", "academy", "union", "party", "federation",
            "association", "society", "foundation", "trust", "fund", "alliance", "coalition", "league", "club",
            "department", "service", "services", "police", "army", "navy", "guard", "forces", "government",
            "cabinet", "chamber", "centre", "center", "museum", "hospital", "systems", "solutions", "technologies",
            "industries", "holdings", "partners", "capital", "energy", "motors", "motor", "airlines", "airways", "railways",
            "lines", "ferries", "shipping", "logistics", "insurance", "pharmaceuticals", "exchange", "board",
            "network", "organisation", "organization", "secretariat", "directorate", "tribunal", "research",
            "consulting", "media", "studios", "publishing", "facility", "laboratory", "laboratories",
            "ministerio", "consejo", "consejería", "consejeria", "cámara", "camara", "banco", "universidad",
            "instituto", "centro", "gobierno", "comisión", "comision", "parlamento", "partido", "agencia",
            "autoridad", "fundación", "fundacion", "asociación", "grupo", "naviera", "navieras", "astilleros",
            "ayuntamiento", "junta", "museo", "ministère", "conseil", "banque", "université");

    /** Institutions whose bare head word is used as a short name: "the Commission", "the Courier". */
    private static final Set<String> INSTITUTION_HEADS = Lexicon.of("commission", "parliament", "council", "government",
            "ministry", "court", "chamber", "committee", "agency", "authority", "bank", "university", "institute",
            "centre", "center", "party", "union", "senate", "congress", "assembly", "museum", "museo", "consejo",
            "cámara", "gobierno", "parlamento", "consejería");

    /** Lower-case nouns that introduce an organisation name right after them: "shipbuilder Aldermoor". */
    private static final Set<String> INTRODUCERS = Lexicon.of("shipbuilder", "builder", "firm", "company", "group",
            "supplier", "maker", "manufacturer", "operator", "carrier", "airline", "bank", "lender", "insurer",
            "retailer", "developer", "contractor", "subcontractor", "consultancy", "regulator", "tabloid",
            "newspaper", "website", "outlet", "broadcaster", "magazine", "agency", "shipyard", "giant", "rival",
            "conglomerate", "startup", "charity", "watchdog", "think-tank", "yard", "daily", "weekly", "paper");

    /** Lower-case nouns that follow an organisation name: "the Green Left group", "the Astilleros del Alba yard". */
    private static final Set<String> FOLLOWERS = Lexicon.of("group", "party", "company", "firm", "yard", "shipyard",
            "bank", "agency", "coalition", "union", "newspaper", "website", "magazine", "broadcaster", "airline",
            "consortium", "campaign", "movement", "alliance", "ministry", "tabloid");

    private static final Set<String> KNOWN_OUTLETS = Lexicon.of("Reuters", "Bloomberg", "AFP", "AP", "Associated Press",
            "BBC", "CNN", "Xinhua", "EFE", "ANSA", "dpa", "Kyodo", "Politico", "Axios", "Euronews", "Al Jazeera",
            "Agence France-Presse", "Europa Press", "Sky News", "NPR", "ABC", "NBC", "CBS", "RTE");

    /** Acronyms known without a definition in the article, to their canonical name and type. */
    private static final Map<String, Map.Entry<String, EntityType>> KNOWN_ACRONYMS = Map.ofEntries(
            known("EU", "European Union", EntityType.ORGANISATION), known("UN", "United Nations", EntityType.ORGANISATION),
            known("NATO", "NATO", EntityType.ORGANISATION),
            known("IMF", "International Monetary Fund", EntityType.ORGANISATION),
            known("ECB", "European Central Bank", EntityType.ORGANISATION),
            known("WTO", "World Trade Organization", EntityType.ORGANISATION),
            known("OECD", "OECD", EntityType.ORGANISATION), known("OPEC", "OPEC", EntityType.ORGANISATION),
            known("FBI", "FBI", EntityType.ORGANISATION), known("NASA", "NASA", EntityType.ORGANISATION),
            known("US", "United States", EntityType.PLACE), known("U.S.", "United States", EntityType.PLACE),
            known("USA", "United States", EntityType.PLACE), known("UK", "United Kingdom", EntityType.PLACE),
            known("U.K.", "United Kingdom", EntityType.PLACE), known("UAE", "United Arab Emirates", EntityType.PLACE));

    private OrganisationWords() {
    }

    private static Map.Entry<String, Map.Entry<String, EntityType>> known(String acronym, String name, EntityType type) {
        return Map.entry(acronym, Map.entry(name, type));
    }

    static boolean isOrganisationWord(String lower) {
        return ORGANISATION.contains(lower) || NEWS.contains(lower);
    }

    public static boolean isNewsWord(String lower) {
        return NEWS.contains(lower);
    }

    static boolean isInstitutionHead(String lower) {
        return INSTITUTION_HEADS.contains(lower) || NEWS.contains(lower);
    }

    static boolean introducesOrganisation(String lower) {
        return INTRODUCERS.contains(lower);
    }

    public static boolean followsOrganisation(String lower) {
        return FOLLOWERS.contains(lower);
    }

    public static boolean isKnownOutlet(String name) {
        return KNOWN_OUTLETS.contains(name);
    }

    static Map.Entry<String, EntityType> knownAcronym(String text) {
        return KNOWN_ACRONYMS.get(text);
    }

    /** An outlet by its name alone: a news word last ("Meridian Wire"), "Daily" first, or a known agency. */
    public static boolean looksLikeOutlet(String name) {
        String bare = name.startsWith("The ") ? name.substring(4) : name;
        if (KNOWN_OUTLETS.contains(bare)) {
            return true;
        }
        int lastSpace = bare.lastIndexOf(' ');
        if (lastSpace < 0) {
            return false;
        }
        String first = bare.substring(0, bare.indexOf(' ')).toLowerCase();
        String last = bare.substring(lastSpace + 1).toLowerCase();
        return NEWS.contains(last) || first.equals("daily") || first.equals("sunday");
    }
}
