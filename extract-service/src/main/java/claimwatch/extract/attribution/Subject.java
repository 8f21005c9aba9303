package claimwatch.extract.attribution;

import java.util.List;

/** The speakers a reporting verb has as its subject, the role given them, and whether it opens a main clause. */
record Subject(List<Speaker> speakers, String role, boolean subordinate) {

    Subject {
        speakers = List.copyOf(speakers);
    }
}
