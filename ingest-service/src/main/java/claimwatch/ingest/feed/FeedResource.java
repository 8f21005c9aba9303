package claimwatch.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import claimwatch.ingest.IngestConfig;
import claimwatch.ingest.problem.ConflictException;
import claimwatch.ingest.problem.FieldError;
import claimwatch.ingest.problem.InvalidRequestException;
import claimwatch.ingest.problem.NotFoundException;
import claimwatch.ingest.problem.Problem;

/** Registers the feeds and sitemaps the poller follows, and shows how each is doing. */
@Path("/feeds")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
public class FeedResource {

    private static final String FEED_EXAMPLE = """
            {"id": 7, "url": "https://www.harbortimes.example/rss/business.xml", "outlet": "Harbor Times", "pollIntervalSeconds": 600,
             "createdAt": "2024-03-12T08:00:00Z", "lastPolledAt": "2024-03-12T09:00:00Z", "nextPollAt": "2024-03-12T09:10:00Z",
             "status": "fetched", "consecutiveFailures": 0,
             "counts": {"polls": 7, "entriesSeen": 140, "articlesPublished": 12, "duplicates": 1, "pageFailures": 0}}""";

    private final FeedRepository feeds;
    private final IngestConfig.Feeds config;
    private final Clock clock;

    public FeedResource(FeedRepository feeds, IngestConfig config, Clock clock) {
        this.feeds = feeds;
        this.config = config.feeds();
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Follow a feed or sitemap", description = "It is polled at once, then every pollIntervalSeconds, with conditional GET and back-off on errors.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "registered", value = FEED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad url or interval", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "That URL is followed already", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response register(FeedRegistration registration) {
        FeedEntity feed = checked(registration);
        feeds.findByUrl(feed.url).ifPresent(existing -> {
            throw new ConflictException("Feed " + existing.id + " already follows " + existing.url);
        });
        feeds.persist(feed);
        return Response.created(URI.create("/feeds/" + feed.id)).entity(FeedView.of(feed)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Operation(summary = "Every followed feed with its status and counts")
    public Map<String, List<FeedView>> list() {
        return Map.of("items", feeds.listAll().stream().map(FeedView::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One feed: last poll, status, last error and counts")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "feed", value = FEED_EXAMPLE)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FeedView get(@PathParam("id") long id) {
        return FeedView.of(feeds.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No feed " + id)));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Stop following a feed")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("id") long id) {
        if (!feeds.deleteById(id)) {
            throw new NotFoundException("No feed " + id);
        }
        return Response.noContent().build();
    }

    private FeedEntity checked(FeedRegistration registration) {
        if (registration == null || registration.url() == null || registration.url().isBlank()) {
            throw new InvalidRequestException(List.of(new FieldError("url", "give the feed's http or https URL")));
        }
        URI url;
        try {
            url = new URI(registration.url().strip());
        } catch (URISyntaxException e) {
            throw new InvalidRequestException(List.of(new FieldError("url", "is not a valid URL: " + e.getReason())));
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || registration.url().length() > 4096) {
            throw new InvalidRequestException(List.of(new FieldError("url", "must be an absolute http or https URL")));
        }
        Duration interval = registration.pollIntervalSeconds() == null ? config.defaultPollInterval()
                : Duration.ofSeconds(registration.pollIntervalSeconds());
        if (interval.compareTo(config.minPollInterval()) < 0 || interval.compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidRequestException(List.of(new FieldError("pollIntervalSeconds",
                    "must be between " + config.minPollInterval().toSeconds() + " and " + Duration.ofDays(7).toSeconds())));
        }
        if (registration.outlet() != null && registration.outlet().length() > 200) {
            throw new InvalidRequestException(List.of(new FieldError("outlet", "is longer than 200 characters")));
        }
        FeedEntity feed = new FeedEntity();
        feed.url = url.toString();
        feed.outlet = registration.outlet() == null || registration.outlet().isBlank() ? null : registration.outlet().strip();
        feed.pollIntervalSeconds = (int) interval.toSeconds();
        feed.createdAt = Instant.now(clock);
        feed.nextPollAt = feed.createdAt;
        return feed;
    }
}
