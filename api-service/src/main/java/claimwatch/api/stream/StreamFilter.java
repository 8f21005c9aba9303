package claimwatch.api.stream;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import claimwatch.api.problem.InvalidParameterException;

/** Which events a stream client wants: one story's, and only some types; null means no restriction. */
public record StreamFilter(String story, Set<String> types) {

    public static final List<String> TYPES = List.of("article", "claims", "fact", "conflict", "story");
    public static final StreamFilter ALL = new StreamFilter(null, null);

    private static final Pattern STORY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** Reads the {@code story} and {@code types} query parameters; blank means absent. */
    public static StreamFilter parse(String story, String types) {
        String storyId = blankToNull(story);
        if (storyId != null && !STORY_ID.matcher(storyId).matches()) {
            throw new InvalidParameterException("story", "must be a story id (1 to 32 letters, digits, '-' or '_')");
        }
        Set<String> wanted = null;
        if (blankToNull(types) != null) {
            wanted = new LinkedHashSet<>();
            for (String type : types.split(",", -1)) {
                String name = type.strip();
                if (!TYPES.contains(name)) {
                    throw new InvalidParameterException("types", "must be a comma-separated list of " + String.join(", ", TYPES));
                }
                wanted.add(name);
            }
        }
        return new StreamFilter(storyId, wanted == null ? null : Set.copyOf(wanted));
    }

    public boolean matches(StoredEvent event) {
        return (story == null || story.equals(event.storyId())) && (types == null || types.contains(event.type()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
