package claimwatch.extract.attribution;

import java.util.Set;

import claimwatch.extract.entity.Lexicon;

/** Small closed word classes the attribution rules need: what may stand between a subject and its verb, and so on. */
final class Words {

    /** Words that cannot be inside a subject or a role before a name: verbs, relatives, subordinators. */
    private static final Set<String> BLOCK = Lexicon.of("is", "are", "was", "were", "be", "been", "has", "have", "had",
            "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "not", "that",
            "which", "who", "whom", "whose", "when", "where", "if", "because", "although", "though", "while",
            "after", "before", "since", "until", "unless", "than", "whether", "there");

    /** Words allowed between a subject and its reporting verb: "Rendal has also said", "Lopez on Friday said". */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Lexicon.of("also", "has", "have", "had", "later",
            "previously", "again", "then", "further", "repeatedly", "separately", "earlier", "recently",
            "publicly", "privately", "once", "still", "already", "was", "were", "is", "are", "would", "will",
            "on", "last", "this", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "week", "night", "morning", "evening", "afternoon", "himself",
            "herself", "itself", "themselves", "firmly", "flatly", "strongly", "quickly", "immediately",
            "subsequently", "openly", "always", "often", "never", "now", "too");

    private static final Set<String> PREPOSITIONS = Lexicon.of("of", "for", "to", "from", "by", "with", "at", "in",
            "on", "about", "against", "between", "among", "into", "over", "under", "near", "behind");

    private static final Set<String> SUBORDINATORS = Lexicon.of("where", "when", "after", "as", "because", "while",
            "since", "although", "though", "if", "unless", "once", "whereas", "before", "until");

    private static final Set<String> DETERMINERS = Lexicon.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "your");

    private static final Set<String> PRONOUNS = Lexicon.of("he", "she", "they", "it");

    /** Common words that open a description or a role: "Regional officials", "Maritime expert Ines Carbonell". */
    private static final Set<String> MODIFIERS = Lexicon.of("regional", "national", "local", "federal", "maritime",
            "senior", "former", "veteran", "opposition", "independent", "economic", "financial", "political",
            "military", "industry", "defence", "defense", "transport", "health", "energy", "environmental", "legal",
            "public", "private", "international", "state", "city", "county", "municipal", "government", "party",
            "union", "police", "shipping", "port", "harbour", "fish", "race", "shop", "retail", "market", "bank",
            "trade", "news", "security", "foreign", "chief", "deputy", "top", "leading", "junior", "acting",
            "interim", "outgoing", "incoming", "furious", "angry", "island", "ferry", "marathon", "court");

    /** Words that open sentences without naming anyone: "Some reports", "Meanwhile Lopez". */
    private static final Set<String> NOT_NAMES = Lexicon.of("some", "many", "most", "all", "several", "few", "other",
            "others", "both", "each", "every", "any", "no", "meanwhile", "however", "still", "also", "then", "now",
            "later", "earlier", "separately", "instead", "indeed", "yesterday", "today", "last", "this", "these",
            "those", "such", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private Words() {
    }

    static boolean blocks(String lower) {
        return ReportingVerbs.isCue(lower) || BLOCK.contains(lower);
    }

    /** A verb or clause word, though perhaps a noun that looks like a reporting verb ("report", "claims"). */
    static boolean isClauseWord(String lower) {
        return BLOCK.contains(lower);
    }

    static boolean mayComeBeforeVerb(String lower) {
        return BETWEEN_SUBJECT_AND_VERB.contains(lower);
    }

    static boolean isPreposition(String lower) {
        return PREPOSITIONS.contains(lower);
    }

    static boolean isSubordinator(String lower) {
        return SUBORDINATORS.contains(lower);
    }

    static boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower);
    }

    static boolean isCommonModifier(String lower) {
        return MODIFIERS.contains(lower);
    }

    static boolean isNotAName(String lower) {
        return NOT_NAMES.contains(lower);
    }

    static boolean isPronoun(String lower) {
        return PRONOUNS.contains(lower);
    }
}
