package claimwatch.extract.attribution;

import java.util.List;

/**
 * One reporting construction found in a sentence: its speakers, the role given, the cue, the token index of the
 * cue, whether it is "according to" or "citing", and whether it governs only a subordinate clause.
 */
record Frame(List<Speaker> speakers, String role, String cue, int cueIndex, Type type, boolean subordinate) {

    /** The shape of the construction. */
    enum Type { SPEECH, ACCORDING_TO, CITING }

    Frame {
        speakers = List.copyOf(speakers);
    }

    Frame withSpeakers(List<Speaker> resolved) {
        return new Frame(resolved, role, cue, cueIndex, type, subordinate);
    }
}
