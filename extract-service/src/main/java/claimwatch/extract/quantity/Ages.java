package claimwatch.extract.quantity;

import java.util.Set;

import claimwatch.extract.number.FunctionWords;
import claimwatch.extract.number.NumberMatch;
import claimwatch.extract.number.Qualifier;
import claimwatch.extract.number.Tokens;

/** Recognises ages of people: "Pepe Arrieta, 58,", "aged three and six", "who is nine", "children under ten". */
final class Ages {

    static final String KEY = "age";
    static final String UNIT = "years";

    private static final int MAX_AGE = 120;
    private static final Set<String> AGE_GROUPS = Set.of("children", "kids", "people", "pupils", "babies",
            "infants", "adults", "those", "anyone", "girls", "boys", "men", "women", "patients", "students",
            "teenagers", "players", "drivers");
    private static final Set<String> PERSONS = Set.of("man", "woman", "boy", "girl", "child", "person", "mother",
            "father", "son", "daughter", "driver", "worker", "pensioner", "student", "patient", "teenager",
            "resident", "victim", "suspect", "runner", "rider", "player", "fisherman", "soldier", "officer");
    private static final int AGED_LOOK_BACK = 8;

    private Ages() {
    }

    static boolean isAge(Tokens tokens, NumberMatch number) {
        double value = number.value();
        double oldest = number.upper() == null ? value : number.upper();
        if (value < 1 || oldest > MAX_AGE || value != Math.rint(value)) {
            return false;
        }
        int first = number.numberStart();
        boolean closed = !tokens.isWord(number.end()) || tokens.is(number.end(), "and") || tokens.is(number.end(), "or");
        if (afterAged(tokens, first) && (closed || number.upper() != null)) {
            return true;
        }
        if (number.upper() != null) {
            return false;
        }
        // "Pepe Arrieta, 58,", "The mayor, 61,": a number alone between commas after a name or a noun.
        boolean apposition = tokens.isSymbol(first - 1, ',') && tokens.isWord(first - 2)
                && !FunctionWords.isStop(tokens.lower(first - 2))
                && (tokens.isSymbol(number.end(), ',') || tokens.isSymbol(number.end(), ')'));
        if (number.qualifier() == Qualifier.EXACT && apposition) {
            return true;
        }
        if ((tokens.is(first - 1, "is") || tokens.is(first - 1, "was")) && tokens.is(first - 2, "who") && closed) {
            return true;
        }
        // "children under ten", "children under five get free travel".
        boolean group = tokens.isWord(number.start() - 1) && AGE_GROUPS.contains(tokens.lower(number.start() - 1));
        return group && number.start() < first;
    }

    // "aged 64", "aged three and six": the second age is still governed by "aged".
    private static boolean afterAged(Tokens tokens, int first) {
        for (int j = first - 1; j >= 0 && j >= first - AGED_LOOK_BACK; j--) {
            if (tokens.is(j, "aged")) {
                return true;
            }
            if (!tokens.isNumber(j) && !tokens.is(j, "and") && !tokens.isSymbol(j, ',') && !tokens.isWord(j)) {
                return false;
            }
        }
        return false;
    }

    /** The key of "N-year-old" followed by the word at i: an age for a person, else the thing described. */
    static boolean describesPerson(Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.isCapitalised(i)) {
            return true;
        }
        String lower = tokens.lower(i);
        return FunctionWords.isStop(lower) || PERSONS.contains(lower);
    }
}
