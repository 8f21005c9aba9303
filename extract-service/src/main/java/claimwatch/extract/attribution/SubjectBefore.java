package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.EntityType;

/**
 * Finds the subject written before a reporting verb: "Rendal said", "Lopez and Chen wrote", "Ines Carbonell,
 * senior fellow at the CCTS, said", "two people familiar with the talks said", "she said". The subject must open
 * a clause (the sentence, or after a comma, dash, quote, conjunction or subordinator), so "the report that
 * Lopez said was wrong" has no subject for "said".
 */
final class SubjectBefore {

    private static final int LONGEST_ROLE = 6;
    private static final int LONGEST_AFFILIATION = 6;
    private static final int MOST_COMMAS = 4;

    private SubjectBefore() {
    }

    static Optional<Subject> of(SentenceView view, int cue) {
        int last = cue - 1;
        while (last >= 0 && view.token(last).isWord() && !view.quoted(last)
                && Words.mayComeBeforeVerb(view.token(last).lower())) {
            last--;
        }
        if (last < 0 || view.quoted(last)) {
            return Optional.empty();
        }
        if (!view.token(last).isPunct(',')) {
            return endingAt(view, last, null);
        }
        List<Integer> commas = commasBefore(view, last);
        for (int comma : commas) {
            Optional<Subject> subject = entity(view, comma - 1, Roles.appositive(view, comma + 1, last));
            if (subject.isPresent()) {
                return subject;
            }
        }
        for (int comma : commas) {
            Optional<Subject> subject = DescribedSubject.nounWithAppositive(view, comma, last);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /** A subject whose last token is last: a pronoun, a named person or organisation, or a described speaker. */
    static Optional<Subject> endingAt(SentenceView view, int last, String appositiveRole) {
        if (last < 0) {
            return Optional.empty();
        }
        int person = affiliated(view, last);
        if (person >= 0) {
            return entity(view, person, appositiveRole);
        }
        if (view.isPronoun(last) && (last == 0 || Clauses.opensAt(view, last - 1))) {
            Speaker pronoun = new Speaker(view.token(last).lower(), Speaker.Kind.PRONOUN);
            return Optional.of(new Subject(List.of(pronoun), null, Clauses.subordinateAt(view, last - 1)));
        }
        Optional<Subject> entity = entity(view, last, appositiveRole);
        if (entity.isPresent()) {
            return entity;
        }
        Optional<Subject> noun = DescribedSubject.noun(view, last, appositiveRole);
        return noun.isPresent() ? noun : DescribedSubject.unknownNames(view, last, appositiveRole);
    }

    /** A named person or organisation ending at last, with the role words before it and coordinated names. */
    static Optional<Subject> entity(SentenceView view, int last, String appositiveRole) {
        Entity entity = view.speakerEntity(last);
        if (entity == null || view.entityEnd(last) != last + 1) {
            return Optional.empty();
        }
        int start = view.entityStart(last);
        int before = start > 0 && Words.isDeterminer(view.token(start - 1).lower()) ? start - 2 : start - 1;
        if (before >= 0 && view.token(before).isWord() && Words.isPreposition(view.token(before).lower())) {
            return Optional.empty();
        }
        int k = start - 1;
        while (k >= 0 && !Clauses.opensAt(view, k)) {
            if (view.token(k).isWord() && Words.blocks(view.token(k).lower()) || start - k > LONGEST_ROLE) {
                return Optional.empty();
            }
            k--;
        }
        if (k > 0 && view.is(k, "and")) {
            Optional<Subject> first = entity(view, k - 1, null);
            if (first.isPresent()) {
                List<Speaker> speakers = new ArrayList<>(first.get().speakers());
                speakers.add(NounPhrases.of(entity));
                return Optional.of(new Subject(speakers, null, first.get().subordinate()));
            }
        }
        String role = appositiveRole != null ? appositiveRole : Roles.beforeName(view, k + 1, start);
        if (role == null && k > 0 && view.token(k).isPunct(',')) {
            role = DescribedSubject.describedBefore(view, k);
        }
        return Optional.of(new Subject(List.of(NounPhrases.of(entity)), role, Clauses.subordinateAt(view, k)));
    }

    /**
     * "Maria Lopez of the IMS said", "Elsa Marquez of the port authority said": a person followed by her
     * affiliation is the subject. The index of the person's last token, or -1.
     */
    private static int affiliated(SentenceView view, int last) {
        for (int k = last; k > 0 && k >= last - LONGEST_AFFILIATION; k--) {
            Entity entity = view.speakerEntity(k);
            if (entity != null && entity.type() == EntityType.PERSON) {
                return -1;
            }
            if (!view.token(k).isWord() || Words.blocks(view.token(k).lower()) || view.isPronoun(k)) {
                return -1;
            }
            boolean affiliation = view.is(k, "of") || view.is(k, "at") || view.is(k, "from");
            Entity person = affiliation ? view.speakerEntity(k - 1) : null;
            if (person != null && person.type() == EntityType.PERSON) {
                return k - 1;
            }
        }
        return -1;
    }

    /** Commas before index, nearest first, outside brackets, up to a quote mark or another kind of break. */
    private static List<Integer> commasBefore(SentenceView view, int index) {
        List<Integer> commas = new ArrayList<>();
        int depth = 0;
        for (int k = index - 1; k > 0 && commas.size() < MOST_COMMAS; k--) {
            if (view.isQuoteMark(k) || view.token(k).isPunct(';') || view.token(k).isPunct(':')) {
                break;
            }
            depth += view.token(k).isPunct(')') ? 1 : view.token(k).isPunct('(') ? -1 : 0;
            if (depth == 0 && view.token(k).isPunct(',')) {
                commas.add(k);
            }
        }
        return commas;
    }
}
