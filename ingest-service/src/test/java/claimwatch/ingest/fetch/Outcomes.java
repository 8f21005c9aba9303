package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.function.Executable;

/** Assertions on outcomes and on the FetchStop that internal code throws. */
final class Outcomes {

    private Outcomes() {
    }

    static Fetched fetched(FetchOutcome outcome) {
        return assertInstanceOf(Fetched.class, outcome, () -> "expected a page, got " + outcome);
    }

    static Refused refused(FetchOutcome outcome, RefusalReason reason) {
        Refused refused = assertInstanceOf(Refused.class, outcome, () -> "expected refusal " + reason + ", got " + outcome);
        assertEquals(reason, refused.reason(), refused::detail);
        return refused;
    }

    static Failed failed(FetchOutcome outcome, FailureReason reason) {
        Failed failed = assertInstanceOf(Failed.class, outcome, () -> "expected failure " + reason + ", got " + outcome);
        assertEquals(reason, failed.reason(), failed::detail);
        return failed;
    }

    /** Runs internal code that must stop the fetch, and returns the outcome it would become. */
    static FetchOutcome stop(Executable executable) {
        FetchStop stop = assertThrows(FetchStop.class, executable);
        return stop.toOutcome(URI.create("http://test.invalid/"));
    }
}
