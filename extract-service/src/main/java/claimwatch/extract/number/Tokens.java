package claimwatch.extract.number;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * A sentence cut once into words, numerals, letter-digit codes and single symbols, with their offsets; not for sharing
 * between threads.
 */
public final class Tokens {

    // The extractors are called one after another on the same sentence; cutting it once serves them all. Only the
    // very same String instance is reused, on the thread that cut it.
    private static final ThreadLocal<Tokens> LAST = new ThreadLocal<>();

    /** What a token is made of. */
    public enum Kind { WORD, NUMBER, CODE, SYMBOL }

    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private Kind[] kinds;
    private boolean[] spaced;
    private String[] lowers;
    private int[] hashes;
    private int titleCase = -1;
    private final SharedResults shared = new SharedResults();

    private Tokens(String text) {
        this.text = text;
        int capacity = 8 + text.length() / 4;
        starts = new int[capacity];
        ends = new int[capacity];
        kinds = new Kind[capacity];
        spaced = new boolean[capacity];
        hashes = new int[capacity];
    }

    public static Tokens of(String text) {
        Tokens last = LAST.get();
        if (last != null && last.text == text) {
            return last;
        }
        Tokens tokens = new Tokens(text);
        new TokenScanner(text, tokens).scan();
        tokens.lowers = new String[tokens.size];
        LAST.set(tokens);
        return tokens;
    }

    void add(int start, int end, Kind kind, boolean space, int lowerHash) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            spaced = Arrays.copyOf(spaced, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        spaced[size] = space;
        hashes[size] = lowerHash;
        size++;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public Kind kind(int i) {
        return kinds[i];
    }

    public boolean isWord(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.WORD;
    }

    public boolean isNumber(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.NUMBER;
    }

    public boolean isCode(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.CODE;
    }

    public boolean isSymbol(int i, char c) {
        return i >= 0 && i < size && kinds[i] == Kind.SYMBOL && text.charAt(starts[i]) == c;
    }

    public boolean isDash(int i) {
        return isSymbol(i, '-') || isSymbol(i, '\u2013') || isSymbol(i, '\u2014') || isSymbol(i, '\u2011');
    }

    /** True when token i touches the token before it, with no space between. */
    public boolean attached(int i) {
        return i > 0 && i < size && !spaced[i];
    }

    /** Case-insensitive comparison of a word or code token with a lower-case word, without allocating. */
    public boolean is(int i, String lowerWord) {
        if (i < 0 || i >= size || kinds[i] == Kind.SYMBOL || kinds[i] == Kind.NUMBER
                || ends[i] - starts[i] != lowerWord.length() || lowerHash(i) != lowerWord.hashCode()) {
            return false;
        }
        return text.regionMatches(true, starts[i], lowerWord, 0, lowerWord.length());
    }

    /**
     * The hash of token i in lower case, equal to lower(i).hashCode() for ordinary letters but computed without
     * allocating, so that a word can be rejected from a word list before it is ever lower-cased.
     */
    public int lowerHash(int i) {
        return hashes[i];
    }

    static int hashStep(int hash, char c) {
        return 31 * hash + (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
    }

    public String lower(int i) {
        String lower = lowers[i];
        if (lower == null) {
            lower = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
            lowers[i] = lower;
        }
        return lower;
    }

    public boolean isCapitalised(int i) {
        return i >= 0 && i < size && Character.isUpperCase(text.charAt(starts[i]));
    }

    public boolean isAllCaps(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    public int length(int i) {
        return ends[i] - starts[i];
    }

    /** The text from the start of token from to the end of token to - 1. */
    public String slice(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }

    /** Index of the first token that starts at or after offset, or size() if none does. */
    public int indexAtOrAfter(int offset) {
        int index = Arrays.binarySearch(starts, 0, size, offset);
        return index >= 0 ? index : -index - 1;
    }

    /**
     * A result about this sentence that several extractors need, computed once: QuantityExtractor reuses the money,
     * dates and numbers that the other extractors found in the same Tokens. The key is the computing class.
     */
    public <T> T shared(Object key, Function<Tokens, T> compute) {
        return shared.get(key, () -> compute.apply(this));
    }

    /** A headline in Title Case or capitals: capitalised words then say nothing about names. */
    public boolean titleCase() {
        if (titleCase < 0) {
            int words = 0;
            int capitalised = 0;
            for (int i = 0; i < size; i++) {
                if (kinds[i] == Kind.WORD && ends[i] - starts[i] >= 3) {
                    words++;
                    if (isCapitalised(i)) {
                        capitalised++;
                    }
                }
            }
            titleCase = capitalised >= 3 && capitalised * 10 >= words * 7 ? 1 : 0;
        }
        return titleCase == 1;
    }
}
