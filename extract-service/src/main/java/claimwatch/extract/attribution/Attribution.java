package claimwatch.extract.attribution;

import java.util.List;
import java.util.Objects;

/**
 * Who says a sentence: the speakers' canonical names in citation order (empty when a pronoun has no referent), the
 * role the sentence gives the speaker (null when none), the reporting word lower-cased as written, and the kind.
 */
public record Attribution(List<String> speakers, String role, String cue, AttributionKind kind) {

    public Attribution {
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(kind, "kind");
    }
}
