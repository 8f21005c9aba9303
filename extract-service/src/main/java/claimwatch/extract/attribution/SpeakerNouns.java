package claimwatch.extract.attribution;

import java.util.Set;

import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.PersonWords;

/** The common nouns that can say something: "officials", "the ministry", "a spokeswoman", "one website". */
final class SpeakerNouns {

    private static final Set<String> GROUPS = Lexicon.of("ministry", "ministries", "government", "governments",
            "officials", "official", "police", "analysts", "analyst", "experts", "expert", "economists", "auditors",
            "office", "company", "firm", "department", "agency", "authority", "authorities", "council", "court",
            "prosecutors", "people", "person", "sources", "source", "residents", "islanders", "organisers",
            "organizers", "critics", "insiders", "union", "unions", "researchers", "scientists", "campaigners",
            "lawyers", "investors", "traders", "chamber", "commission", "parliament", "operator", "builder",
            "shipbuilder", "manufacturer", "executives", "staff", "workers", "witnesses", "doctors", "observers",
            "diplomats", "representatives", "group", "party", "opposition", "coalition", "cabinet", "administration",
            "spokesperson", "spokeswoman", "spokesman", "spokespeople", "regulator", "watchdog", "bank", "board",
            "committee", "inspectors", "engineers", "teachers", "farmers", "fishermen", "merchants", "villagers",
            "locals", "survey", "study", "report", "reports", "paper", "statement", "document", "documents",
            "data", "figures", "records", "review", "investigation", "inquiry", "audit", "letter", "website",
            "websites", "site", "tabloid", "newspaper", "newspapers", "outlet", "outlets", "media", "broadcaster",
            "magazine", "deputies", "speaker", "article", "story", "supporters", "opponents", "voters", "economist", "mayor",
            "minister", "ministers", "president", "leader", "leaders", "chief", "director", "manager", "owner",
            "poll", "polls", "club", "team", "league", "federation", "association", "foundation", "university",
            "hospital", "school", "institute", "centre", "center", "museum", "tribunal", "army", "navy", "embassy",
            "airline", "yard", "shipyard", "carrier", "lender", "insurer", "retailer", "developer", "contractor",
            "consortium", "service", "bureau", "inspectorate", "secretariat");

    /** A spokesperson or office stands for the person or body it belongs to: "a spokeswoman for Rendal". */
    private static final Set<String> PROXIES = Lexicon.of("spokesperson", "spokeswoman", "spokesman", "spokespeople",
            "office", "official", "officials", "representative", "representatives", "aide", "aides", "source",
            "sources", "press", "staff");

    /** Documents whose owner is the source: "figures from the ministry", "a report published by the Klaxon". */
    private static final Set<String> DOCUMENTS = Lexicon.of("figures", "data", "report", "reports", "statement",
            "document", "documents", "records", "study", "survey", "paper", "estimates", "statistics", "audit",
            "analysis", "letter", "filing", "filings", "minutes", "calculations", "accounts", "ledgers", "article",
            "story");

    /** Nouns that make an unnamed outlet: "one website", "the tabloid". */
    private static final Set<String> OUTLETS = Lexicon.of("website", "websites", "site", "tabloid", "newspaper",
            "newspapers", "outlet", "outlets", "broadcaster", "magazine", "media");

    /** Words before "report(s)" that make the report a news report: "some reports", "an online report". */
    private static final Set<String> NEWS_REPORTS = Lexicon.of("online", "media", "press", "news", "some", "several",
            "other", "earlier", "unconfirmed", "newspaper", "tabloid");

    private SpeakerNouns() {
    }

    static boolean isSpeaker(String lower) {
        return GROUPS.contains(lower) || PersonWords.isRole(lower);
    }

    static boolean isProxy(String lower) {
        return PROXIES.contains(lower);
    }

    static boolean isDocument(String lower) {
        return DOCUMENTS.contains(lower);
    }

    static boolean isOutlet(String lower) {
        return OUTLETS.contains(lower);
    }

    static boolean makesNewsReport(String lower) {
        return NEWS_REPORTS.contains(lower);
    }

    static boolean isPerson(String lower) {
        return (PersonWords.isRole(lower) || PROXIES.contains(lower) || lower.equals("person")) && !lower.endsWith("s");
    }
}
