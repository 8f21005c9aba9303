package claimwatch.ingest.fetch;

import java.net.URI;

/** Ends a fetch early from deep inside it, carrying the refusal or failure that becomes the outcome. */
final class FetchStop extends Exception {

    private static final long serialVersionUID = 1L;

    private final RefusalReason refusal;
    private final FailureReason failure;
    private final int status;

    private FetchStop(RefusalReason refusal, FailureReason failure, String detail, int status) {
        super(detail, null, false, false);
        this.refusal = refusal;
        this.failure = failure;
        this.status = status;
    }

    static FetchStop refused(RefusalReason reason, String detail) {
        return new FetchStop(reason, null, detail, 0);
    }

    static FetchStop failed(FailureReason reason, String detail) {
        return new FetchStop(null, reason, detail, 0);
    }

    static FetchStop httpStatus(int status, String detail) {
        return new FetchStop(null, FailureReason.HTTP_STATUS, detail, status);
    }

    /** The refusal or failure reason, whichever this is. */
    Enum<?> reason() {
        return refusal != null ? refusal : failure;
    }

    String detail() {
        return getMessage();
    }

    FetchStop withDetail(String detail) {
        return new FetchStop(refusal, failure, detail, status);
    }

    FetchOutcome toOutcome(URI url) {
        if (refusal != null) {
            return new Refused(url, refusal, detail());
        }
        return new Failed(url, failure, detail(), status);
    }
}
