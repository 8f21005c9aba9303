package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Makes one attribution of a sentence's frames. The frames of main clauses count, in citation order ("Harbor Times
 * reports, citing Reuters"; "According to Meridian Wire, Rendal said"); a frame inside a subordinate clause counts
 * only when no main clause is attributed and a figure follows its verb ("where union representatives say at least
 * 300 jobs depend on the work").
 */
final class FrameMerger {

    private FrameMerger() {
    }

    /** One attribution of the frames; lastFigure is the token index of the sentence's last number, or -1. */
    static Optional<Attribution> merge(List<Frame> frames, boolean quotesSpeech, int lastFigure) {
        List<Frame> chosen = new ArrayList<>();
        for (Frame frame : frames) {
            if (!frame.subordinate() && frame.type() != Frame.Type.CITING) {
                chosen.add(frame);
            }
        }
        if (chosen.isEmpty()) {
            frames.stream().filter(frame -> frame.type() != Frame.Type.CITING && frame.cueIndex() < lastFigure)
                    .findFirst().ifPresent(chosen::add);
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Frame primary = chosen.get(0);
        Set<String> speakers = new LinkedHashSet<>();
        boolean outlet = false;
        String role = null;
        for (Frame frame : frames) {
            boolean counts = chosen.contains(frame) || frame.type() == Frame.Type.CITING
                    && frame.cueIndex() > primary.cueIndex();
            if (!counts) {
                continue;
            }
            for (Speaker speaker : frame.speakers()) {
                speakers.add(speaker.name());
                outlet |= speaker.isOutlet();
            }
            role = role == null ? frame.role() : role;
        }
        AttributionKind kind = outlet ? AttributionKind.OUTLET_CITATION
                : primary.type() == Frame.Type.ACCORDING_TO ? AttributionKind.ACCORDING_TO
                : quotesSpeech ? AttributionKind.DIRECT_QUOTE : AttributionKind.INDIRECT;
        return Optional.of(new Attribution(new ArrayList<>(speakers), role, primary.cue(), kind));
    }
}
