package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FrameMergerTest {

    private static final Speaker LOPEZ = new Speaker("Maria Lopez", Speaker.Kind.PERSON);
    private static final Speaker WIRE = new Speaker("Meridian Wire", Speaker.Kind.OUTLET);
    private static final Speaker REUTERS = new Speaker("Reuters", Speaker.Kind.OUTLET);
    private static final Speaker MINISTRY = new Speaker("ministry", Speaker.Kind.DESCRIBED_GROUP);

    @Test
    void oneSpeechFrame() {
        assertEquals("indirect|Maria Lopez|said|fellow", merge(false, false, speech(LOPEZ, "fellow", "said", 3)));
        assertEquals("direct-quote|Maria Lopez|said|fellow", merge(true, false, speech(LOPEZ, "fellow", "said", 3)));
    }

    @Test
    void outletAnywhereMakesAnOutletCitationInCitationOrder() {
        assertEquals("outlet-citation|Meridian Wire; Maria Lopez|according to|fellow", merge(false, false,
                new Frame(List.of(WIRE), null, "according to", 0, Frame.Type.ACCORDING_TO, false),
                speech(LOPEZ, "fellow", "said", 6)));
        assertEquals("outlet-citation|Meridian Wire; Reuters|reports|null", merge(false, false,
                speech(WIRE, null, "reports", 2), new Frame(List.of(REUTERS), null, "citing", 4, Frame.Type.CITING, false)));
    }

    @Test
    void accordingToANonOutlet() {
        assertEquals("according-to|ministry|according to|null", merge(true, false,
                new Frame(List.of(MINISTRY), null, "according to", 5, Frame.Type.ACCORDING_TO, false)));
    }

    @Test
    void citingAloneIsNoAttribution() {
        assertEquals("none", merge(false, false, new Frame(List.of(REUTERS), null, "citing", 4, Frame.Type.CITING, false)));
    }

    @Test
    void citingBeforeThePrimaryDoesNotCount() {
        assertEquals("indirect|Maria Lopez|said|null", merge(false, false,
                new Frame(List.of(REUTERS), null, "citing", 1, Frame.Type.CITING, false), speech(LOPEZ, null, "said", 5)));
    }

    @Test
    void subordinateFrameCountsOnlyWithoutAMainOneAndWithAFigure() {
        Frame subordinate = new Frame(List.of(MINISTRY), null, "say", 7, Frame.Type.SPEECH, true);
        assertEquals("none", merge(false, false, subordinate));
        assertEquals("indirect|ministry|say|null", merge(false, true, subordinate));
        assertEquals("indirect|Maria Lopez|said|null", merge(false, true, speech(LOPEZ, null, "said", 2), subordinate));
    }

    @Test
    void subordinateFrameDoesNotCountForAFigureBeforeItsVerb() {
        Frame subordinate = new Frame(List.of(MINISTRY), null, "warned", 7, Frame.Type.SPEECH, true);
        assertEquals("none", Attributed.describe(FrameMerger.merge(List.of(subordinate), false, 3)));
        assertEquals("indirect|ministry|warned|null",
                Attributed.describe(FrameMerger.merge(List.of(subordinate), false, 9)));
    }

    @Test
    void sameSpeakerInTwoFramesIsListedOnce() {
        assertEquals("indirect|Maria Lopez|insisted|null", merge(false, false, speech(LOPEZ, null, "insisted", 1),
                speech(LOPEZ, null, "said", 7)));
    }

    @Test
    void unresolvedPronounLeavesNoSpeakers() {
        assertEquals("indirect||said|null", merge(false, false, new Frame(List.of(), null, "said", 1,
                Frame.Type.SPEECH, false)));
    }

    private static Frame speech(Speaker speaker, String role, String cue, int index) {
        return new Frame(List.of(speaker), role, cue, index, Frame.Type.SPEECH, false);
    }

    private static String merge(boolean quotes, boolean figureAtTheEnd, Frame... frames) {
        Optional<Attribution> merged = FrameMerger.merge(List.of(frames), quotes, figureAtTheEnd ? Integer.MAX_VALUE : -1);
        return Attributed.describe(merged);
    }
}
