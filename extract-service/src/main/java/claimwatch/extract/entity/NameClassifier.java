package claimwatch.extract.entity;

import java.util.List;
import java.util.Set;

/**
 * Decides what a run of capitalised words names, from the run itself and the words around it. A run that is not
 * an organisation falls apart at "of", "for" and "and" into names classified one by one.
 */
final class NameClassifier {

    private final Set<String> lowerVocabulary;
    private final NameRegistry registry;
    private boolean consultedRegistry;

    NameClassifier(Set<String> lowerVocabulary, NameRegistry registry) {
        this.lowerVocabulary = lowerVocabulary;
        this.registry = registry;
    }

    /** Whether a decision since the last reset depended on what the article had established so far. */
    boolean consultedRegistry() {
        return consultedRegistry;
    }

    void resetConsultedRegistry() {
        consultedRegistry = false;
    }

    void classifyRun(String sentence, List<Token> tokens, int from, int to, boolean titled, List<Mention> out) {
        int start = tokens.get(from).is("the") ? from + 1 : from;
        if (start >= to) {
            return;
        }
        if (to - start >= 2 && NameRuns.allCaps(tokens, start, to)) {
            out.add(Mention.unknown(start, to));
            return;
        }
        int and = OrganisationEvidence.andAfterOrganisation(tokens, start, to);
        if (and > 0) {
            classifyRun(sentence, tokens, from, and, titled, out);
            classifyRun(sentence, tokens, and + 1, to, false, out);
            return;
        }
        String acronym = OrganisationEvidence.acronymAfter(tokens, start, to);
        if (OrganisationEvidence.byName(tokens, start, to)) {
            out.add(organisation(sentence, tokens, from, start, to, acronym));
            return;
        }
        boolean placeContext = false;
        boolean prepositionContext = false;
        int partStart = start;
        for (int i = start; i <= to; i++) {
            if (i < to && !NameRuns.isEnglishConnector(tokens.get(i))) {
                continue;
            }
            if (partStart < i) {
                boolean coordinated = partStart > start
                        && (tokens.get(partStart - 1).is("and") || tokens.get(partStart - 1).is("&"));
                placeContext = coordinated && placeContext || PersonOrPlace.introducedAsPlace(tokens, partStart);
                prepositionContext = coordinated && prepositionContext
                        || PersonOrPlace.afterPlacePreposition(tokens, partStart);
                classifyPart(sentence, tokens, partStart == start ? from : partStart, partStart, i,
                        titled && partStart == start, placeContext, prepositionContext, out);
            }
            partStart = i + 1;
        }
    }

    private void classifyPart(String sentence, List<Token> tokens, int withThe, int from, int to, boolean titledBefore,
            boolean placeContext, boolean prepositionContext, List<Mention> out) {
        int start = from;
        Token first = tokens.get(start);
        if (!titledBefore && NameRuns.isSentenceInitial(tokens, start)
                && (lowerVocabulary.contains(first.lower()) || CommonWords.isStop(first.lower()))) {
            consultedRegistry = true;
            start += registry.lookup(first.text()).isEmpty() ? 1 : 0;
        }
        int afterTitles = start;
        boolean titled = titledBefore;
        while (afterTitles < to && (PersonWords.isTitle(tokens.get(afterTitles).lower())
                || PersonWords.isTitleModifier(tokens.get(afterTitles).lower()))) {
            titled |= PersonWords.isTitle(tokens.get(afterTitles).lower());
            afterTitles++;
        }
        // A capitalised role before a name ("Analyst Shawn Wu") shows a person and is not part of the name.
        while (afterTitles < to - 1 && PersonWords.isRole(tokens.get(afterTitles).lower())) {
            titled = true;
            afterTitles++;
        }
        if (titled) {
            start = afterTitles;
        }
        if (start >= to) {
            return;
        }
        for (int k = start; k < to; k++) {
            String lower = tokens.get(k).lower();
            if (CommonWords.isThing(lower)) {
                if (k > start && PersonOrPlace.isPlace(tokens, start, k, text(sentence, tokens, start, k), placeContext)) {
                    out.add(new Mention(start, k, EntityType.PLACE, true, null));
                }
                return;
            }
            if (CommonWords.isNationality(lower) || tokens.get(k).hasDigit()) {
                return;
            }
        }
        String text = text(sentence, tokens, start, to);
        String acronym = OrganisationEvidence.acronymAfter(tokens, start, to);
        // A name the article has already established keeps its type: "citing Lopez" after "Maria Lopez".
        boolean known = acronym == null && to - start == 1 && registry.lookup(text).isPresent();
        if (NameRuns.allCaps(tokens, start, to) || known) {
            out.add(Mention.unknown(start, to));
        } else if (OrganisationEvidence.byContext(tokens, start, to, acronym, text)) {
            out.add(organisation(sentence, tokens, start == from ? withThe : start, start, to, acronym));
        } else if (PersonOrPlace.isPlace(tokens, start, to, text, placeContext)) {
            out.add(new Mention(start, to, EntityType.PLACE, true, acronym));
        } else {
            out.add(PersonOrPlace.byShape(tokens, start, to, text, titled, prepositionContext));
        }
    }

    /** An organisation mention, with a capitalised "The" before it when it is an outlet: "The Financial Times". */
    private static Mention organisation(String sentence, List<Token> tokens, int withThe, int start, int to,
            String acronym) {
        boolean keepThe = withThe < start && OrganisationWords.looksLikeOutlet(text(sentence, tokens, start, to));
        return new Mention(keepThe ? withThe : start, to, EntityType.ORGANISATION, true, acronym);
    }

    static String text(String sentence, List<Token> tokens, int from, int to) {
        return sentence.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
