package claimwatch.extract.entity;

import java.util.List;

/** Whether a run of capitalised words names an organisation, from its words and the words around it. */
final class OrganisationEvidence {

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
        boolean reports = NameClassifier.reportsAfter(tokens, to);
        boolean notAPersonName = names == 1 || names < to - start || NameClassifier.startsWithArticle(tokens, start);
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
}
