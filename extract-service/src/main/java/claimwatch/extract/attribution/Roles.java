package claimwatch.extract.attribution;

import java.util.Set;

import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.PersonWords;
import claimwatch.extract.entity.Token;

/**
 * The role a sentence gives its speaker, as written without a leading article or possessive pronoun: from an
 * appositive ("Maria Lopez, senior fellow at the IMS, said") or from the words before the name ("Aldermoor chief
 * executive Fiona Hale said" gives "Aldermoor chief executive"). A role names what a person is ("fellow", "minister",
 * "spokeswoman"); ages, affiliations ("of the CCTS") and descriptions of other things are not roles.
 */
final class Roles {

    private static final Set<String> NOT_ROLES = Lexicon.of("who", "which", "whose", "where", "whom", "when");

    private Roles() {
    }

    /** The first segment of the appositive [from, to) between commas that reads as a role, or null. */
    static String appositive(SentenceView view, int from, int to) {
        int segment = from;
        int depth = 0;
        for (int k = from; k <= to; k++) {
            boolean end = k == to || depth == 0 && view.token(k).isPunct(',');
            if (k < to) {
                depth += view.token(k).isPunct('(') ? 1 : view.token(k).isPunct(')') ? -1 : 0;
            }
            if (!end) {
                continue;
            }
            String role = segment(view, segment, k);
            if (role != null) {
                return role;
            }
            segment = k + 1;
        }
        return null;
    }

    /** "Aldermoor chief executive" before "Fiona Hale" gives "chief executive"; null without a role noun. */
    static String beforeName(SentenceView view, int from, int to) {
        int start = from;
        while (start < to && (Words.isDeterminer(view.token(start).lower()) || view.isConjunction(start))) {
            start++;
        }
        int end = to;
        while (end > start && view.token(end - 1).kind() == Token.Kind.PUNCT) {
            end--;
        }
        int withoutTitles = end;
        while (withoutTitles > start && view.token(withoutTitles - 1).capitalised()
                && PersonWords.isTitle(view.token(withoutTitles - 1).lower())) {
            withoutTitles--;
        }
        end = withoutTitles > start ? withoutTitles : end;
        boolean role = false;
        for (int k = start; k < end; k++) {
            role |= PersonWords.isRole(view.token(k).lower());
        }
        return role ? view.text(start, end) : null;
    }

    private static String segment(SentenceView view, int from, int to) {
        int start = from;
        while (start < to && Words.isDeterminer(view.token(start).lower())) {
            start++;
        }
        if (start >= to || view.token(start).kind() == Token.Kind.NUMBER
                || Words.isPreposition(view.token(start).lower()) || NOT_ROLES.contains(view.token(start).lower())) {
            return null;
        }
        int end = start;
        while (end < to && !NOT_ROLES.contains(view.token(end).lower())) {
            if (view.token(end).isWord() && Words.blocks(view.token(end).lower())) {
                return null;
            }
            end++;
        }
        boolean role = false;
        for (int k = start; k < end; k++) {
            role |= view.entity(k) == null && PersonWords.isRole(view.token(k).lower());
        }
        return role ? view.text(start, end) : null;
    }
}
