package claimwatch.extract.entity;

import java.util.Set;

/** Honorifics and titles written before names, and the lower-case role nouns that describe people. */
public final class PersonWords {

    /** Titles that, written capitalised before a name, make it a person: "Dr Lopez", "Minister Rendal". */
    private static final Set<String> TITLES = Lexicon.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
            "prof", "prof.", "professor", "sir", "dame", "lord", "lady", "president", "minister", "chancellor",
            "senator", "sen.", "governor", "gov.", "mayor", "judge", "justice", "general", "gen.", "colonel", "col.",
            "captain", "capt.", "lieutenant", "admiral", "pope", "king", "queen", "prince", "princess", "sheikh",
            "rev.", "reverend", "commissioner", "ambassador", "councillor", "councilor", "secretary", "chairman",
            "chairwoman", "director", "inspector", "detective", "sergeant", "sgt.", "coach", "executive",
            "consejero", "consejera", "ministro", "ministra", "presidente", "presidenta", "alcalde", "alcaldesa",
            "señor", "señora", "sra.", "monsieur", "madame", "herr", "frau");

    /** Words that may stand before a title as part of it: "Prime Minister", "Chief Executive". */
    private static final Set<String> TITLE_MODIFIERS = Lexicon.of("prime", "vice", "deputy", "foreign", "finance",
            "defence", "defense", "interior", "health", "transport", "economy", "chief", "senior", "acting",
            "former", "regional", "federal", "state", "attorney", "home", "trade", "energy", "education");

    private static final Set<String> ROLES = Lexicon.of("minister", "president", "chief", "executive", "director",
            "spokesman", "spokeswoman", "spokesperson", "deputy", "fellow", "expert", "analyst", "economist",
            "researcher", "professor", "mayor", "councillor", "councilor", "governor", "secretary", "chairman",
            "chairwoman", "chair", "head", "leader", "boss", "manager", "officer", "official", "adviser", "advisor",
            "consultant", "founder", "owner", "merchant", "worker", "fisherman", "runner", "winner", "architect",
            "painter", "artist", "lawyer", "judge", "prosecutor", "senator", "commissioner", "ambassador", "general",
            "colonel", "captain", "inspector", "editor", "reporter", "correspondent", "journalist", "engineer",
            "scientist", "doctor", "nurse", "teacher", "student", "resident", "islander", "activist", "campaigner",
            "member", "partner", "girlfriend", "boyfriend", "wife", "husband", "mother", "father", "son",
            "daughter", "brother", "sister", "colleague", "coach", "player", "trainer", "athlete", "driver", "pilot",
            "consejero", "consejera", "representative", "negotiator", "strategist", "historian", "author",
            "writer", "chef", "farmer", "mp", "opponent", "critic", "candidate", "ceo", "cfo", "lecturer",
            "specialist", "auditor", "banker", "trader", "investor", "entrepreneur", "businessman",
            "businesswoman", "photographer", "soldier", "priest", "bishop", "spokespeople", "physiotherapist",
            "cyclist", "rider", "skipper", "surgeon", "epidemiologist", "astronomer", "diplomat",
            "mayoress", "woman", "man", "veteran", "chairperson", "president-elect", "envoy", "lawmaker",
            "legislator", "politician", "deputies", "officials", "experts", "analysts", "researchers", "coo", "cto",
            "cio", "vp", "mep", "msp", "md");

    private PersonWords() {
    }

    public static boolean isTitle(String lower) {
        return TITLES.contains(lower);
    }

    static boolean isTitleModifier(String lower) {
        return TITLE_MODIFIERS.contains(lower);
    }

    /** A noun naming what a person is or does: "minister", "fellow", "spokeswoman". */
    public static boolean isRole(String lower) {
        return ROLES.contains(lower);
    }
}
