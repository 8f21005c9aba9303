package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import claimwatch.extract.entity.Token;

/**
 * Follows quotation marks through an article, so a quote that the splitter cut into several sentences stays one
 * quote. Straight quotes open or close by the spaces around them; single quotes count only outside double ones and
 * only when they cannot be apostrophes.
 */
final class Quotes {

    /** A quote left open this many sentences is a stray mark, not a quote. */
    private static final int LONGEST_OPEN_QUOTE = 6;
    private static final int LONGEST_NAME = 4;

    private Quotes() {
    }

    static List<QuoteLayout> mark(List<SentenceView> views) {
        List<QuoteLayout> layouts = new ArrayList<>(views.size());
        boolean inDouble = false;
        boolean inSingle = false;
        int openFor = 0;
        for (SentenceView view : views) {
            boolean startsOpen = inDouble || inSingle;
            int segmentStart = startsOpen ? 0 : -1;
            boolean speech = false;
            for (int i = 0; i < view.size(); i++) {
                if (!view.isQuoteMark(i)) {
                    if (inDouble || inSingle) {
                        view.markQuoted(i);
                    }
                    continue;
                }
                view.markQuoted(i);
                char mark = view.token(i).text().charAt(0);
                boolean single = mark == '\u2018' || mark == '\u2019' || mark == '\'';
                if (single && inDouble) {
                    continue;
                }
                boolean opens = opens(view, i, mark);
                boolean closes = closes(view, i, mark);
                boolean open = single ? inSingle : inDouble;
                if (open && closes) {
                    speech |= isSpeech(view, segmentStart, i);
                    inDouble = single && inDouble;
                    inSingle = !single && inSingle;
                } else if (!open && opens && (!single || Character.isLetter(view.charAfter(i)))) {
                    inDouble |= !single;
                    inSingle |= single;
                    segmentStart = i + 1;
                }
            }
            boolean endsOpen = inDouble || inSingle;
            if (endsOpen) {
                speech |= isSpeech(view, segmentStart, view.size());
                openFor++;
                if (openFor >= LONGEST_OPEN_QUOTE) {
                    inDouble = false;
                    inSingle = false;
                    openFor = 0;
                }
            } else {
                openFor = 0;
            }
            layouts.add(new QuoteLayout(speech, isPure(view), startsOpen, endsOpen));
        }
        return layouts;
    }

    private static boolean opens(SentenceView view, int i, char mark) {
        if (mark == '\u201C' || mark == '\u2018') {
            return true;
        }
        if (mark == '\u201D') {
            return false;
        }
        char before = view.charBefore(i);
        return (Character.isWhitespace(before) || "([{\u2014\u2013-:/".indexOf(before) >= 0)
                && !Character.isWhitespace(view.charAfter(i));
    }

    private static boolean closes(SentenceView view, int i, char mark) {
        if (mark == '\u201D') {
            return true;
        }
        if (mark == '\u201C' || mark == '\u2018') {
            return false;
        }
        char after = view.charAfter(i);
        return !Character.isWhitespace(view.charBefore(i)) && !Character.isLetterOrDigit(after);
    }

    /** Quoted words of a speaker, not a name or title in title case ("Thunder", "No Time to Die"). */
    private static boolean isSpeech(SentenceView view, int from, int to) {
        int words = 0;
        boolean allCapitalised = true;
        for (int k = Math.max(0, from); k < to; k++) {
            Token token = view.token(k);
            if (token.isWord()) {
                words++;
                allCapitalised &= token.capitalised() || token.text().length() <= 3;
            }
        }
        return words > 0 && !(allCapitalised && words <= LONGEST_NAME && from > 0);
    }

    private static boolean isPure(SentenceView view) {
        boolean anyWord = false;
        for (int i = 0; i < view.size(); i++) {
            if (view.token(i).isWord()) {
                if (!view.quoted(i)) {
                    return false;
                }
                anyWord = true;
            }
        }
        return anyWord;
    }
}
