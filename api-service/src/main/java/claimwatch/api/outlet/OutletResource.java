package claimwatch.api.outlet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import claimwatch.api.ApiConfig;
import claimwatch.api.page.Keyset;
import claimwatch.api.page.Page;
import claimwatch.api.page.PageRequest;

/** Outlets with their coverage figures, most articles first. */
@Path("/api/outlets")
@Produces(MediaType.APPLICATION_JSON)
public class OutletResource {

    static final Keyset KEYSET = Keyset.of("outlets", Keyset.Type.INTEGER, Keyset.Type.TEXT);

    private final OutletRepository outlets;
    private final ApiConfig config;

    public OutletResource(OutletRepository outlets, ApiConfig config) {
        this.outlets = outlets;
        this.config = config;
    }

    @GET
    public Page<OutletSummary> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, KEYSET, config);
        return Page.of(outlets.listByArticles(page), page.limit(), OutletSummary::of,
                outlet -> KEYSET.after((long) outlet.articleCount, outlet.name));
    }
}
