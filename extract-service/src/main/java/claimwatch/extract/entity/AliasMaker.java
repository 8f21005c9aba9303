package claimwatch.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The short forms an article may use for a name it has introduced: a person's surname ("Lopez"), an organisation
 * without its trailing org words ("Aldermoor Marine", "Aldermoor"), an institution's head word ("the Commission"),
 * an outlet without "Daily" ("the Klaxon"), a product's model code ("K9").
 */
final class AliasMaker {

    /** First words too generic to stand alone for an organisation: "European" is not "European Commission". */
    private static final Set<String> GENERIC = Lexicon.of("national", "regional", "central", "federal", "international",
            "global", "general", "public", "royal", "state", "united", "new", "first", "great", "north", "south",
            "east", "west", "green", "democratic", "social", "liberal", "conservative", "labour", "popular",
            "supreme", "high", "constitutional", "civil", "city", "county", "metropolitan", "municipal", "local",
            "world", "human", "free", "independent", "the", "el", "la", "los", "las", "le");

    private static final Set<String> PARTICLES = Lexicon.of("de", "del", "da", "di", "du", "van", "von", "der", "den",
            "la", "le", "y", "of", "for", "and", "&", "the", "das", "do", "dos", "des", "los", "las", "el");

    private AliasMaker() {
    }

    static List<String> aliases(String canonical, EntityType type) {
        String[] words = NameRegistry.key(canonical).split(" ");
        List<String> aliases = new ArrayList<>();
        switch (type) {
            case PERSON -> personAliases(words, aliases);
            case ORGANISATION -> organisationAliases(words, aliases);
            case PRODUCT -> productAliases(words, aliases);
            default -> {
            }
        }
        return aliases;
    }

    private static void personAliases(String[] words, List<String> aliases) {
        String last = words[words.length - 1];
        if (words.length >= 2 && last.length() > 1 && !PARTICLES.contains(last.toLowerCase())) {
            aliases.add(last);
        }
    }

    private static void organisationAliases(String[] words, List<String> aliases) {
        int end = words.length;
        while (end > 1 && OrganisationWords.isOrganisationWord(words[end - 1].toLowerCase())) {
            end--;
            String first = words[0].toLowerCase();
            String last = words[end - 1].toLowerCase();
            if (!GENERIC.contains(first) && !CommonWords.isNationality(first) && !PARTICLES.contains(last)
                    && !PlaceNames.isPrefix(first) && !PlaceNames.isKnown(join(words, end))) {
                aliases.add(join(words, end));
            }
        }
        int of = ofTail(words);
        if (of > 0) {
            aliases.add(join(words, of));
        }
        String head = words[words.length - 1];
        if (words.length >= 2 && OrganisationWords.isInstitutionHead(head.toLowerCase())) {
            aliases.add(head);
        }
        if (words.length >= 3 && OrganisationWords.isInstitutionHead(words[0].toLowerCase())
                && PARTICLES.contains(words[1].toLowerCase())) {
            aliases.add(words[0]);
        }
        String first = words[0].toLowerCase();
        if (words.length >= 2 && isDistinctive(words[0]) && !aliases.contains(words[0])) {
            aliases.add(words[0]);
        }
        if (words.length >= 2 && (first.equals("daily") || first.equals("sunday"))) {
            aliases.add(String.join(" ", List.of(words).subList(1, words.length)));
        }
    }

    /** "Cámara de Cuentas de Valderra" is also "Cámara de Cuentas": where its last "of" phrase starts, or 0. */
    private static int ofTail(String[] words) {
        for (int k = words.length - 2; k >= words.length - 3 && k >= 2; k--) {
            String lower = words[k].toLowerCase();
            if (lower.equals("of") || lower.equals("de") || lower.equals("del")) {
                boolean twoNames = Character.isUpperCase(words[0].charAt(0))
                        && Character.isUpperCase(words[k - 1].charAt(0));
                return twoNames && !PARTICLES.contains(words[k - 1].toLowerCase()) ? k : 0;
            }
        }
        return 0;
    }

    /** "Brunel" stands for "Brunel Foods Ltd": a first word that is a name, not a common or generic word. */
    private static boolean isDistinctive(String word) {
        String lower = word.toLowerCase();
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && !GENERIC.contains(lower)
                && !PARTICLES.contains(lower) && !CommonWords.isNationality(lower) && !CommonWords.isStop(lower)
                && !PlaceNames.isPrefix(lower) && !PlaceNames.isKnown(word)
                && !OrganisationWords.isOrganisationWord(lower) && !OrganisationWords.isInstitutionHead(lower)
                && !lower.equals("daily") && !lower.equals("sunday");
    }

    private static void productAliases(String[] words, List<String> aliases) {
        if (words.length < 2) {
            return;
        }
        for (String word : words) {
            if (ProductFinder.isModelCode(word)) {
                aliases.add(word);
            }
        }
    }

    private static String join(String[] words, int end) {
        return String.join(" ", List.of(words).subList(0, end));
    }
}
