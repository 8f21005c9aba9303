package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives every sentence of a quote the quote's speaker. A quote that runs over several sentences takes the
 * attribution found in any of them (first, middle or last); a sentence that is all quote and has no attribution
 * of its own continues the speaker of the sentence before ('"A," Lopez said. "B."').
 */
final class QuoteGroups {

    private QuoteGroups() {
    }

    /** For each sentence, the first sentence of the quote it belongs to (itself when it is in none). */
    static int[] starts(List<QuoteLayout> layouts, List<SentenceView> views) {
        int[] starts = new int[layouts.size()];
        for (int i = 0; i < starts.length; i++) {
            boolean continues = i > 0 && (layouts.get(i - 1).endsOpen() || cutAfterQuote(views.get(i - 1), views.get(i)));
            starts[i] = continues ? starts[i - 1] : i;
        }
        return starts;
    }

    static List<Optional<Attribution>> fill(List<Optional<Attribution>> own, List<QuoteLayout> layouts, int[] starts) {
        List<Optional<Attribution>> filled = new ArrayList<>(own);
        int i = 0;
        while (i < filled.size()) {
            int end = i + 1;
            while (end < filled.size() && starts[end] == i) {
                end++;
            }
            if (end - i > 1) {
                fillGroup(filled, i, end);
            } else if (layouts.get(i).pure() && filled.get(i).isEmpty() && i > 0) {
                filled.set(i, continued(filled.get(i - 1)));
            }
            i = end;
        }
        return filled;
    }

    private static void fillGroup(List<Optional<Attribution>> filled, int from, int to) {
        List<Optional<Attribution>> own = new ArrayList<>(filled.subList(from, to));
        boolean any = own.stream().anyMatch(Optional::isPresent);
        for (int k = from; k < to; k++) {
            Optional<Attribution> mine = own.get(k - from);
            if (mine.isPresent()) {
                filled.set(k, mine.map(QuoteGroups::quoted));
            } else if (any) {
                filled.set(k, nearest(own, k - from).map(a -> new Attribution(a.speakers(), null, a.cue(), quotedKind(a))));
            } else {
                filled.set(k, from > 0 ? continued(filled.get(from - 1)) : Optional.empty());
            }
        }
    }

    private static Optional<Attribution> nearest(List<Optional<Attribution>> own, int index) {
        for (int k = index - 1; k >= 0; k--) {
            if (own.get(k).isPresent()) {
                return own.get(k);
            }
        }
        for (int k = index + 1; k < own.size(); k++) {
            if (own.get(k).isPresent()) {
                return own.get(k);
            }
        }
        return Optional.empty();
    }

    /** A quote after reported speech or another quote is the same speaker's. */
    private static Optional<Attribution> continued(Optional<Attribution> previous) {
        return previous.filter(a -> a.kind() == AttributionKind.DIRECT_QUOTE || a.kind() == AttributionKind.INDIRECT)
                .map(a -> new Attribution(a.speakers(), null, a.cue(), AttributionKind.DIRECT_QUOTE));
    }

    private static Attribution quoted(Attribution attribution) {
        return new Attribution(attribution.speakers(), attribution.role(), attribution.cue(), quotedKind(attribution));
    }

    private static AttributionKind quotedKind(Attribution attribution) {
        return attribution.kind() == AttributionKind.INDIRECT ? AttributionKind.DIRECT_QUOTE : attribution.kind();
    }

    /** The splitter ends a sentence at '!"' or '?"' even when the attribution follows: '"Is it fair?" she asked.' */
    private static boolean cutAfterQuote(SentenceView previous, SentenceView next) {
        int last = previous.size() - 1;
        return last >= 1 && next.size() > 0 && previous.isQuoteMark(last)
                && (previous.token(last - 1).isPunct('?') || previous.token(last - 1).isPunct('!'))
                && next.token(0).isWord() && Character.isLowerCase(next.token(0).text().charAt(0));
    }
}
