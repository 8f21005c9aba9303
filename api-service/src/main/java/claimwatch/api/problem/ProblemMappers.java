package claimwatch.api.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers every error on the REST API as problem+json. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(400, "invalid-parameter", "Invalid parameter", e.getMessage(), uri, e.parameter());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Not found", e.getMessage(), uri, e.parameter());
    }

    /** The new location keeps the request's query, except a cursor: cursors belong to the resource they page through. */
    @ServerExceptionMapper
    public Response moved(MovedException e, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !parameter.equals("cursor") && !parameter.startsWith("cursor="))
                .collect(Collectors.joining("&"));
        return Response.fromResponse(problem(301, "moved", "Moved permanently", e.getMessage(), uri, null))
                .location(URI.create(kept.isEmpty() ? e.location() : e.location() + "?" + kept)).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return problem(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return problem(500, "internal", "Internal error", "The error was logged.", uri, null);
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri, String parameter) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:claimwatch:problem:" + type, title, status, detail, uri.getPath(), parameter))
                .build();
    }
}
