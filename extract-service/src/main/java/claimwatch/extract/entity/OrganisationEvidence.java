package claimwatch.extract.entity;

import java.util.List;
import java.util.Set;

/** Whether a run of capitalised words names an organisation, from its words and the words around it. */
final class OrganisationEvidence {

    private static final Set<String> REPORTING = Lexicon.of("reported", "reports");
    private static final Set<String> ARTICLES = Lexicon.of("el", "la", "le", "il", "der", "die", "los", "las");

    private OrganisationEvidence() {
    }

    /** The name alone says organisation: an org word in it, or an acronym next to capitalised words ("JSA Research"). */
    static boolean byName(List<Token> tokens, int start, int to) {
        int names = 0;
        boolean acronymInside = false;
        boolean titleCase = false;
        boolean connector = false;
        for (int k = start; k < to; k++) {
            Token token = tokens.get(k);
            if (token.capitalised()) {
                names++;
                acronymInside |= token.allCaps() && !isRomanNumeral(token.text());
                titleCase |= !token.allCaps();
            }
            connector |= NameRuns.isEnglishConnector(token);
        }
        // "JSA Research" and "BBC News" are one name; in "Lopez of the IMS" the acronym is another name.
        return acronymInside && titleCase && !connector || names >= 2 && byWords(tokens, start, to);
    }

    /** The words around the name say organisation: "(IMS)" after it, "shipbuilder" before it, "reported" after it. */
    static boolean byContext(List<Token> tokens, int start, int to, String acronym, String text) {
        int names = 0;
        for (int k = start; k < to; k++) {
            names += tokens.get(k).capitalised() ? 1 : 0;
        }
        if (isPlaceLike(tokens, start, text, names)) {
            return false;
        }
        return acronym != null || followedByOrganisationNoun(tokens, to) || introducedAsOrganisation(tokens, start)
                || reportsLikeAnOutlet(tokens, start, to, names) || OrganisationWords.isKnownOutlet(text);
    }

    static boolean isPlaceLike(List<Token> tokens, int start, String text, int names) {
        return PlaceNames.isKnown(text) || names >= 2 && PlaceNames.isPrefix(tokens.get(start).lower());
    }

    /** "Aldermoor Marine Engineering", "Ministry of Defence", "Museo del Prado", "Daily Klaxon". */
    private static boolean byWords(List<Token> tokens, int start, int to) {
        String first = tokens.get(start).lower();
        if (OrganisationWords.isOrganisationWord(tokens.get(to - 1).lower())
                || OrganisationWords.isInstitutionHead(first) || first.equals("daily") || first.equals("sunday")) {
            return true;
        }
        for (int k = start; k < to - 1; k++) {
            if (OrganisationWords.isOrganisationWord(tokens.get(k).lower()) && NameRuns.connectorLength(tokens, k + 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "the Green Left group", "the Astilleros del Alba yard". */
    private static boolean followedByOrganisationNoun(List<Token> tokens, int to) {
        return to < tokens.size() && tokens.get(to).isWord() && !tokens.get(to).capitalised()
                && OrganisationWords.followsOrganisation(tokens.get(to).lower());
    }

    /** "shipbuilder Aldermoor", "Norwegian supplier Skarvik". */
    private static boolean introducedAsOrganisation(List<Token> tokens, int start) {
        return start >= 1 && tokens.get(start - 1).isWord() && !tokens.get(start - 1).capitalised()
                && OrganisationWords.introducesOrganisation(tokens.get(start - 1).lower());
    }

    /**
     * "Reuters reported", "El Faro de Valderra reported", "citing Reuters". Only for names that cannot be a
     * person's first and last name, so "Maria Lopez reported" stays a person.
     */
    private static boolean reportsLikeAnOutlet(List<Token> tokens, int start, int to, int names) {
        boolean citing = start >= 1 && tokens.get(start - 1).is("citing");
        boolean reports = reportsAfter(tokens, to);
        boolean notAPersonName = names == 1 || names < to - start || startsWithArticle(tokens, start);
        return (citing || reports) && notAPersonName;
    }

    /** "Henry VIII", "Pope Leo XIV": a regnal number, not an acronym. */
    private static boolean isRomanNumeral(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("IVXL".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** "Institute for Maritime Studies (IMS)": the acronym in brackets, when its first letter fits the name. */
    static String acronymAfter(List<Token> tokens, int start, int to) {
        if (to + 2 >= tokens.size() || !tokens.get(to).isPunct('(') || !tokens.get(to + 2).isPunct(')')) {
            return null;
        }
        Token acronym = tokens.get(to + 1);
        boolean fits = Character.toUpperCase(tokens.get(start).text().charAt(0)) == acronym.text().charAt(0);
        return acronym.allCaps() && fits ? acronym.text() : null;
    }

    /** "Nordvik Marine Group and Damen Shipyards" are two; "Recovery and Resilience Facility" is one. */
    static int andAfterOrganisation(List<Token> tokens, int start, int to) {
        for (int k = start + 1; k < to - 1; k++) {
            boolean and = !tokens.get(k).capitalised() && (tokens.get(k).is("and") || tokens.get(k).is("&"));
            if (and && byName(tokens, start, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean reportsAfter(List<Token> tokens, int to) {
        return to < tokens.size() && REPORTING.contains(tokens.get(to).lower())
                || to + 1 < tokens.size() && (tokens.get(to).is("has") || tokens.get(to).is("had"))
                        && tokens.get(to + 1).is("reported");
    }

    private static boolean startsWithArticle(List<Token> tokens, int start) {
        return ARTICLES.contains(tokens.get(start).lower());
    }
}
