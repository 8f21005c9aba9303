package claimwatch.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the names of one sentence: model codes first, then runs of capitalised words. */
final class NameFinder {

    private static final int LONGEST_KNOWN_NAME = 6;

    private final NameRegistry registry;
    private final NameClassifier classifier;

    NameFinder(Set<String> lowerVocabulary, NameRegistry registry) {
        this.registry = registry;
        this.classifier = new NameClassifier(lowerVocabulary, registry);
    }

    /**
     * The names of a sentence; afterTitle when the sentence before ended in a title such as "Dr.", titleLine when
     * the sentence is written in title case.
     */
    List<Mention> find(String sentence, List<Token> tokens, boolean afterTitle, boolean titleLine) {
        classifier.resetConsultedRegistry();
        List<Mention> mentions = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        ProductFinder.find(tokens, used, mentions);
        if (titleLine) {
            findKnown(sentence, tokens, used, mentions);
            return mentions;
        }
        int i = 0;
        while (i < tokens.size()) {
            if (used[i] || !NameRuns.startsName(tokens.get(i))) {
                i++;
                continue;
            }
            int end = NameRuns.runEnd(tokens, i, used);
            classifier.classifyRun(sentence, tokens, i, end, afterTitle && i == 0, mentions);
            i = end;
        }
        return mentions;
    }

    /** Whether the last find depended on the registry, so that a fuller registry could change its result. */
    boolean dependedOnRegistry(boolean titleLine) {
        return titleLine || classifier.consultedRegistry();
    }

    /** In a title-case line capitals mean nothing: only names the article has already established count. */
    private void findKnown(String sentence, List<Token> tokens, boolean[] used, List<Mention> mentions) {
        int i = 0;
        while (i < tokens.size()) {
            int end = used[i] || !tokens.get(i).capitalised() ? -1 : longestKnown(sentence, tokens, i, used);
            if (end < 0) {
                i++;
            } else {
                mentions.add(Mention.unknown(i, end));
                i = end;
            }
        }
    }

    private int longestKnown(String sentence, List<Token> tokens, int from, boolean[] used) {
        for (int to = Math.min(tokens.size(), from + LONGEST_KNOWN_NAME); to > from; to--) {
            if (!used[to - 1] && tokens.get(to - 1).capitalised()
                    && registry.lookup(NameClassifier.text(sentence, tokens, from, to)).isPresent()) {
                return to;
            }
        }
        return -1;
    }
}
