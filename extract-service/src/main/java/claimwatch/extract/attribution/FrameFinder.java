package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.Token;

/**
 * Finds every reporting construction of a sentence outside its quotes: a reporting verb with its subject (before
 * it, after it, or shared with an earlier verb), "according to X" and "citing X".
 */
final class FrameFinder {

    private static final Set<String> BE = Lexicon.of("is", "are", "was", "were", "be", "been");
    private static final Set<String> FINITE = Lexicon.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "could", "can", "may", "might", "must", "should", "did", "does");
    private static final Set<String> OUTLET_VERBS = Lexicon.of("reported", "reports", "report", "reporting");
    private static final int CLAUSE_WINDOW = 7;

    private FrameFinder() {
    }

    static List<Frame> find(SentenceView view) {
        List<Frame> frames = new ArrayList<>();
        for (int index = 0; index < view.size(); index++) {
            int i = index;
            Token token = view.token(i);
            if (view.quoted(i) || !token.isWord()) {
                continue;
            }
            if (token.is("according") && view.is(i + 1, "to")) {
                SubjectElsewhere.source(view, i + 2).ifPresent(subject -> frames.add(
                        frame(subject, "according to", i, Frame.Type.ACCORDING_TO)));
            } else if (token.is("citing")) {
                SubjectElsewhere.source(view, i + 1).ifPresent(subject -> frames.add(
                        frame(subject, token.lower(), i, Frame.Type.CITING)));
            } else if ((token.is("pointed") || token.is("points")) && view.is(i + 1, "to")) {
                speech(view, i, token.lower() + " to").ifPresent(frames::add);
            } else if (ReportingVerbs.isCue(token.lower()) && reports(view, i)) {
                speech(view, i, token.lower()).ifPresent(frames::add);
            }
        }
        return frames;
    }

    private static Optional<Frame> speech(SentenceView view, int cue, String cueText) {
        Optional<Subject> subject;
        if (ReportingVerbs.isParticiple(view.token(cue).lower())) {
            subject = cue > 0 && view.token(cue - 1).isPunct(',') ? SubjectElsewhere.ofSentence(view)
                    : DescribedSubject.beforeParticiple(view, cue);
        } else {
            subject = SubjectBefore.of(view, cue);
            if (subject.isEmpty() && invertible(view, cue)) {
                subject = SubjectElsewhere.after(view, cue + 1);
            }
            if (subject.isEmpty() && coordinated(view, cue)) {
                subject = SubjectElsewhere.ofSentence(view);
            }
        }
        boolean outletOnly = ReportingVerbs.isOutletOnly(cueText);
        return subject.filter(s -> !outletOnly || s.speakers().stream().allMatch(Speaker::isOutlet))
                .map(s -> outletIfReporting(frame(s, cueText, cue, Frame.Type.SPEECH), cueText));
    }

    private static Frame frame(Subject subject, String cue, int index, Frame.Type type) {
        return new Frame(subject.speakers(), subject.role(), cue, index, type, subject.subordinate());
    }

    /** "El Faro de Valderra reported": an organisation that reports is an outlet. */
    private static Frame outletIfReporting(Frame frame, String cue) {
        if (!OUTLET_VERBS.contains(cue)) {
            return frame;
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Speaker speaker : frame.speakers()) {
            speakers.add(speaker.kind() == Speaker.Kind.ORGANISATION
                    ? new Speaker(speaker.name(), Speaker.Kind.OUTLET) : speaker);
        }
        return frame.withSpeakers(speakers);
    }

    /**
     * Whether the verb at i reports content: not "said yes", not the hedge "is said to", and for verbs such as
     * "found" only when a clause follows ("found that costs rose", not "found four pairs").
     */
    private static boolean reports(SentenceView view, int i) {
        String lower = view.token(i).lower();
        if (view.is(i + 1, "yes") || view.is(i + 1, "no") && (i + 2 >= view.size() || !view.token(i + 2).isWord())) {
            return false;
        }
        if (i > 0 && BE.contains(view.token(i - 1).lower()) && view.is(i + 1, "to")) {
            return false;
        }
        if (ReportingVerbs.isQuoteOnly(lower)) {
            return quoteFollows(view, i);
        }
        return !ReportingVerbs.needsClause(lower) || clauseFollows(view, i);
    }

    private static boolean quoteFollows(SentenceView view, int i) {
        for (int k = i + 1; k < view.size() && k <= i + CLAUSE_WINDOW; k++) {
            if (view.quoted(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseFollows(SentenceView view, int i) {
        for (int k = i + 1; k < view.size() && k <= i + CLAUSE_WINDOW; k++) {
            Token token = view.token(k);
            if (token.is("that") && k <= i + 3 || FINITE.contains(token.lower())) {
                return true;
            }
            if (token.isPunct(',') || token.isPunct(';')) {
                return false;
            }
        }
        return false;
    }

    /**
     * '," said Lopez', ', says the ministry': the verb straight after a comma or a closing quote, or opening a
     * sentence in lower case where the splitter cut it from its quote ('"Is it fair?" asked Rita Oms.').
     */
    private static boolean invertible(SentenceView view, int cue) {
        boolean afterBreak = cue > 0 && (view.token(cue - 1).isPunct(',') || view.isQuoteMark(cue - 1));
        boolean cutFromQuote = cue == 0 && !view.token(cue).capitalised();
        return ReportingVerbs.inverts(view.token(cue).lower()) && (afterBreak || cutFromQuote);
    }

    /** "declined to comment but said": the verb shares the sentence's subject. */
    private static boolean coordinated(SentenceView view, int cue) {
        int k = cue - 1;
        while (k >= 0 && view.token(k).isWord() && Words.mayComeBeforeVerb(view.token(k).lower())) {
            k--;
        }
        return k > 0 && (view.is(k, "and") || view.is(k, "but"));
    }
}
