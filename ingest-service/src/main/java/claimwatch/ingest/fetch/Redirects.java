package claimwatch.ingest.fetch;

import java.net.URI;
import java.util.Set;

/** Which statuses redirect, and whether the next hop may be followed: within the limit and not back to a visited URL. */
final class Redirects {

    private final int maxRedirects;

    Redirects(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The hop after {@code followed} redirects so far, or why it may not be taken. */
    TargetUrl next(TargetUrl from, String location, Set<URI> visited, int followed) throws FetchStop {
        TargetUrl next;
        try {
            next = from.resolve(location);
        } catch (FetchStop stop) {
            throw stop.withDetail(stop.detail() + " (redirected to " + location + ")");
        }
        if (followed >= maxRedirects) {
            throw FetchStop.refused(RefusalReason.TOO_MANY_REDIRECTS,
                    "more than " + maxRedirects + " redirects (next: " + next.uri() + ")");
        }
        if (visited.contains(next.uri())) {
            throw FetchStop.refused(RefusalReason.TOO_MANY_REDIRECTS, "redirect loop back to " + next.uri());
        }
        return next;
    }
}
