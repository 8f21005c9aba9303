package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import claimwatch.extract.entity.ArticleEntities;
import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.EntityType;

/**
 * Names the body behind a generic speaker: "the union", "a university spokesman", "a spokesman for the bank" become
 * the organisation of that kind the article named last ("Lecturers' and Researchers' Union", "University of
 * Carrick"), so that claims from the same source match across sentences and outlets. A speaker with no such
 * organisation before it stays as written.
 */
final class SpeakerResolver {

    private static final Set<String> BODIES = Set.of("union", "ministry", "department", "university", "trust", "bank", "court",
            "council", "company", "firm", "airline", "regulator", "agency", "authority", "government", "office", "commission",
            "committee", "party", "group", "board", "newspaper", "broadcaster", "operator", "utility", "shipyard", "insurer",
            "hospital", "police", "institute", "parliament", "tribunal", "fund", "club", "federation", "association");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private SpeakerResolver() {
    }

    static List<Optional<Attribution>> resolve(List<Optional<Attribution>> attributions, ArticleEntities entities) {
        List<Optional<Attribution>> resolved = new ArrayList<>(attributions.size());
        for (int i = 0; i < attributions.size(); i++) {
            int sentence = i;
            resolved.add(attributions.get(i).map(found -> new Attribution(
                    found.speakers().stream().map(speaker -> named(speaker, sentence, entities)).toList(),
                    found.role(), found.cue(), found.kind())));
        }
        return resolved;
    }

    private static String named(String speaker, int sentence, ArticleEntities entities) {
        Optional<String> body = genericBody(speaker);
        if (body.isEmpty()) {
            return speaker;
        }
        Pattern word = Pattern.compile("\\b" + body.get() + "\\b", Pattern.CASE_INSENSITIVE);
        for (int index = sentence; index >= 0; index--) {
            List<Entity> named = entities.in(index);
            for (int e = named.size() - 1; e >= 0; e--) {
                Entity entity = named.get(e);
                if (entity.type() == EntityType.ORGANISATION && word.matcher(entity.canonical()).find()) {
                    return entity.canonical();
                }
            }
        }
        return speaker;
    }

    /** The kind of body a generic speaker stands for; empty for a name ("Maria Lopez", "Meridian Wire"). */
    private static Optional<String> genericBody(String speaker) {
        String lower = speaker.toLowerCase(Locale.ROOT);
        boolean generic = lower.equals(speaker) || lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ")
                || lower.startsWith("its ") || lower.startsWith("their ");
        if (!generic) {
            return Optional.empty();
        }
        var words = WORD.matcher(lower);
        while (words.find()) {
            if (BODIES.contains(words.group())) {
                return Optional.of(words.group());
            }
        }
        return Optional.empty();
    }
}
