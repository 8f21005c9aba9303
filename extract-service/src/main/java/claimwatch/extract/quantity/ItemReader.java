package claimwatch.extract.quantity;

import java.util.Locale;
import java.util.Optional;

import claimwatch.extract.number.FunctionWords;
import claimwatch.extract.number.Inflection;
import claimwatch.extract.number.Numerals;
import claimwatch.extract.number.Tokens;

/**
 * Reads the counted noun phrase after a number: words up to the first plural noun ("six new hybrid ferries"), stopping
 * at a function word, a number or punctuation; "K9 self-propelled howitzers" keys on its model code "k9".
 */
final class ItemReader {

    private static final int MAX_WORDS = 6;
    // Without a plural noun to end on, a phrase longer than this has most likely run into a verb.
    private static final int MAX_WORDS_WITHOUT_PLURAL = 3;
    // "more than 300 photographs and drone videos": a second plural this close belongs to the same item.
    private static final int MAX_COORDINATED_WORDS = 3;

    private ItemReader() {
    }

    /**
     * The item that starts at token from; singular when the number is one ("one new ferry") or the phrase is the noun
     * a measure describes ("a 96-metre double-ended ro-pax").
     */
    static Optional<Item> read(Tokens tokens, int from, boolean singular) {
        int[] wordStarts = new int[MAX_WORDS];
        int[] wordEnds = new int[MAX_WORDS];
        int count = 0;
        int beforeConjunction = -1;
        int j = from;
        while (count < MAX_WORDS && (tokens.isWord(j) || tokens.isCode(j))) {
            String lower = tokens.lower(j);
            if (tokens.isWord(j) && (FunctionWords.isStop(lower) || Numerals.read(tokens, j).isPresent())) {
                // "eleven hybrid and fully electric ferries": cross one "and" when no plural has ended the phrase.
                if ((lower.equals("and") || lower.equals("or")) && beforeConjunction < 0 && count > 0) {
                    beforeConjunction = count;
                    j++;
                    continue;
                }
                break;
            }
            int end = compoundEnd(tokens, j);
            wordStarts[count] = j;
            wordEnds[count++] = end;
            if (!singular && isPlural(tokens, end - 1)) {
                return Optional.of(item(tokens, from, j, end, coordinated(tokens, end), true));
            }
            j = end;
        }
        int usable = Math.min(beforeConjunction >= 0 ? beforeConjunction : count, MAX_WORDS_WITHOUT_PLURAL);
        // "9,604 finished" ends at a verb; "installed wind capacity" starts with an adjective that looks like one; after
        // a singular noun a word in -s is its verb ("one bidder remains", "the 40-year-old bridge needs repairs").
        for (int k = 0; k < usable; k++) {
            String word = tokens.lower(wordEnds[k] - 1);
            boolean adjectiveBeforeNoun = k == 0 && usable > 1;
            boolean verbAfterSingular = singular && k > 0 && word.endsWith("s") && !word.endsWith("ss");
            if (isVerbLike(word) && !adjectiveBeforeNoun || verbAfterSingular) {
                usable = k;
                break;
            }
        }
        if (usable == 0) {
            return Optional.empty();
        }
        int last = usable - 1;
        return Optional.of(item(tokens, from, wordStarts[last], wordEnds[last], wordEnds[last], false));
    }

    /** The end of the item, past "and" and a second plural noun phrase right after the first. */
    private static int coordinated(Tokens tokens, int end) {
        if (!tokens.is(end, "and") && !tokens.is(end, "or")) {
            return end;
        }
        int j = end + 1;
        for (int words = 0; words < MAX_COORDINATED_WORDS && tokens.isWord(j); words++) {
            String lower = tokens.lower(j);
            if (FunctionWords.isStop(lower) || Numerals.read(tokens, j).isPresent()) {
                return end;
            }
            j = compoundEnd(tokens, j);
            if (Inflection.isPlural(tokens.lower(j - 1))) {
                return j;
            }
        }
        return end;
    }

    /** The token after a hyphenated word that starts at i: "self-propelled", "hybrid-electric", "ro-pax". */
    private static int compoundEnd(Tokens tokens, int i) {
        int end = i + 1;
        while (tokens.isDash(end) && tokens.attached(end) && tokens.attached(end + 1)
                && (tokens.isWord(end + 1) || tokens.isCode(end + 1))) {
            end += 2;
        }
        return end;
    }

    // "howitzers", and "K9s": a model code with a plural ending counts as a plural noun.
    private static boolean isPlural(Tokens tokens, int i) {
        if (tokens.isCode(i)) {
            String code = tokens.lower(i);
            return code.length() > 2 && code.endsWith("s") && Character.isDigit(code.charAt(code.length() - 2));
        }
        return tokens.isWord(i) && Inflection.isPlural(tokens.lower(i));
    }

    private static boolean isVerbLike(String lower) {
        return lower.length() > 4 && lower.endsWith("ed") || lower.length() > 5 && lower.endsWith("ing");
    }

    private static Item item(Tokens tokens, int from, int headStart, int headEnd, int end, boolean plural) {
        return new Item(from, end, tokens.slice(from, end), key(tokens, from, headStart, headEnd), plural);
    }

    // The model code for "K9 self-propelled howitzers" and "41 K9s"; else the head word, singular.
    private static String key(Tokens tokens, int from, int headStart, int end) {
        if (tokens.isCode(from)) {
            String code = tokens.lower(from);
            boolean pluralCode = code.length() > 2 && code.endsWith("s")
                    && Character.isDigit(code.charAt(code.length() - 2));
            return pluralCode ? code.substring(0, code.length() - 1) : code;
        }
        return Inflection.singular(tokens.slice(headStart, end).toLowerCase(Locale.ROOT));
    }
}
