package claimwatch.extract.entity;

import java.util.Set;

/** Capitalised words that are not names: function words, calendar words, nationalities and common nouns of titles. */
public final class CommonWords {

    private static final Set<String> STOP = Lexicon.of("the", "a", "an", "and", "but", "or", "nor", "so", "yet", "if",
            "in", "on", "at", "by", "for", "from", "to", "of", "with", "as", "after", "before", "since", "during",
            "while", "when", "where", "why", "how", "what", "who", "whom", "whose", "which", "that", "this", "these",
            "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
            "our", "my", "your", "him", "them", "us", "me", "not", "no", "yes", "all", "some", "many", "most", "few",
            "several", "each", "every", "both", "either", "neither", "other", "another", "such", "only", "even",
            "just", "also", "however", "meanwhile", "still", "instead", "then", "now", "today", "yesterday",
            "tomorrow", "tonight", "last", "next", "first", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "according", "asked", "speaking", "despite", "like", "unlike", "among",
            "between", "within", "without", "under", "over", "about", "above", "below", "into", "through", "across",
            "around", "against", "towards", "toward", "upon", "once", "although", "though", "because", "unless",
            "until", "whether", "more", "less", "much", "very", "photo", "read", "share", "opinion", "update",
            "updated", "advertisement", "related", "comments", "login", "subscribe", "search", "home");

    private static final Set<String> CALENDAR = Lexicon.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "feb", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "oct.", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "christmas", "easter");

    private static final Set<String> NATIONALITIES = Lexicon.of("british", "english", "scottish", "welsh", "irish",
            "norwegian", "swedish", "danish", "finnish", "icelandic", "german", "french", "spanish", "portuguese",
            "italian", "dutch", "belgian", "swiss", "austrian", "polish", "czech", "slovak", "hungarian", "romanian",
            "bulgarian", "greek", "turkish", "russian", "ukrainian", "estonian", "latvian", "lithuanian", "american",
            "canadian", "mexican", "brazilian", "argentine", "argentinian", "chilean", "colombian", "peruvian",
            "chinese", "japanese", "korean", "indian", "pakistani", "australian", "kenyan", "ethiopian", "nigerian",
            "egyptian", "moroccan", "algerian", "european", "african", "asian", "arab", "israeli", "palestinian",
            "iranian", "iraqi", "saudi", "syrian", "lebanese", "latin", "nordic", "scandinavian", "baltic",
            "mediterranean", "western", "eastern", "northern", "southern", "catalan", "basque", "galician",
            "flemish", "walloon", "serbian", "croatian", "slovenian", "cypriot", "maltese", "franco", "anglo", "sino",
            "russo", "italo", "austro", "greco", "afro", "indo");

    /** Nouns that end or fill a capitalised phrase that names a thing, an event or a street rather than a party. */
    private static final Set<String> THINGS = Lexicon.of("agreement", "treaty", "plan", "programme", "program", "project",
            "act", "law", "bill", "directive", "regulation", "strategy", "street", "road", "avenue", "square",
            "plaza", "boulevard", "lane", "bridge", "tower", "building", "hall", "hotel", "station", "terminal",
            "airport", "stadium", "arena", "prize", "award", "awards", "cup", "trophy", "day", "week", "month",
            "year", "century", "war", "crisis", "index", "scheme", "initiative", "deal", "contract", "report",
            "summit", "conference", "forum", "expo", "fair", "show", "series", "season", "edition", "route",
            "highway", "motorway", "canal", "river", "sea", "ocean", "marathon", "festival", "olympics", "games",
            "championship", "championships", "tournament", "rally", "derby", "carnival", "biennale", "race", "tour",
            "stage", "grand", "prix", "principles", "standards", "rights", "pictures", "archive", "ferry",
            "facebook", "twitter", "whatsapp", "linkedin", "email", "instagram", "tiktok", "youtube");

    private CommonWords() {
    }

    static boolean isStop(String lower) {
        return STOP.contains(lower);
    }

    static boolean isCalendar(String lower) {
        return CALENDAR.contains(lower);
    }

    /** "British", "Norwegian", also compounds such as "British-Norwegian". */
    public static boolean isNationality(String lower) {
        if (NATIONALITIES.contains(lower)) {
            return true;
        }
        int dash = lower.indexOf('-');
        if (dash < 0) {
            return false;
        }
        for (String part : lower.split("-")) {
            if (!NATIONALITIES.contains(part)) {
                return false;
            }
        }
        return true;
    }

    static boolean isThing(String lower) {
        return THINGS.contains(lower);
    }
}
