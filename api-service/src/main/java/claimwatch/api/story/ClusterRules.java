package claimwatch.api.story;

import java.time.Duration;

/**
 * The clustering knobs, with defaults tuned on the sample story.
 *
 * @param window          how far in reported time an article may be from a story and still join it
 * @param recent          a gap up to which time costs nothing; beyond it the score an article needs grows
 * @param joinScore       the score an article needs to join a story at most {@code recent} away
 * @param mergeScore      the score it needs with each further story to merge them into one
 * @param penaltyPerDoubling how much more score is needed per doubling of the gap beyond {@code recent}
 * @param maxPenalty      the most that time can add to the needed score
 */
public record ClusterRules(Duration window, Duration recent, double joinScore, double mergeScore, double penaltyPerDoubling,
        double maxPenalty) {

    public static ClusterRules defaults() {
        return new ClusterRules(Duration.ofDays(1095), Duration.ofDays(7), 0.18, 0.22, 0.03, 0.25);
    }

    /** The score needed to join a story {@code gap} away. */
    double needed(double base, Duration gap) {
        if (gap.compareTo(recent) <= 0) {
            return base;
        }
        double doublings = Math.log((double) gap.toMinutes() / recent.toMinutes()) / Math.log(2);
        return base + Math.min(maxPenalty, penaltyPerDoubling * doublings);
    }
}
