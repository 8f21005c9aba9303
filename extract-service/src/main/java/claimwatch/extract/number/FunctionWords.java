package claimwatch.extract.number;

import java.util.HashSet;
import java.util.Set;

/** English words that end a noun phrase or can never be a name: determiners, prepositions, auxiliaries, and the like. */
public final class FunctionWords {

    private static final String DETERMINERS = "a an the this that these those its their his her our my your each every "
            + "any no some all both another either neither such whose which what same several many few";
    private static final String PREPOSITIONS = "at in on of for from to with by into onto over under across between "
            + "among per than as about after before during since until till against through throughout within "
            + "without near off via like including despite amid towards toward upon beyond behind beside besides "
            + "along around inside outside versus vs plus minus excluding following regarding above below out up down worth";
    private static final String CONJUNCTIONS = "and or but nor yet so while whereas if because although though when "
            + "where whether unless once then than that who whom";
    private static final String PRONOUNS = "i you he she it we they me him us them there here itself themselves";
    private static final String AUXILIARIES = "is are was were be been being am has have had do does did will would "
            + "shall should can could may might must";
    private static final String ADVERBS = "also only just still already now more less most least very too even "
            + "almost perhaps maybe not never ago again ever last "
            + "next yesterday today tomorrow tonight respectively instead apiece overall annually alone each";
    private static final String REPORTING = "said says say told tells according added reported announced claimed "
            + "confirmed noted warned";
    private static final String CALENDAR = "january february march april may june july august september october "
            + "november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
            + "friday saturday sunday";

    private static final Set<String> STOPS = words(DETERMINERS, PREPOSITIONS, CONJUNCTIONS, PRONOUNS, AUXILIARIES,
            ADVERBS, REPORTING, CALENDAR);
    private static final Set<String> DETERMINER_SET = words(DETERMINERS);

    private FunctionWords() {
    }

    /** A word that cannot be part of a counted noun phrase ("600 jobs at the yard" stops at "at"). */
    public static boolean isStop(String lower) {
        return STOPS.contains(lower);
    }

    /** A word that, capitalised before a number, still does not make the number part of a name ("In 2022"). */
    public static boolean isNeverName(String lower) {
        return STOPS.contains(lower) || lower.endsWith("ly");
    }

    public static boolean isDeterminer(String lower) {
        return DETERMINER_SET.contains(lower) || lower.endsWith("'s") || lower.endsWith("\u2019s");
    }

    private static Set<String> words(String... lists) {
        Set<String> set = new HashSet<>();
        for (String list : lists) {
            for (String word : list.split(" ")) {
                set.add(word);
            }
        }
        return Set.copyOf(set);
    }
}
