package claimwatch.api.outlet;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.page.Cursor;
import claimwatch.api.page.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Reads outlets, most articles first. */
@ApplicationScoped
public class OutletRepository implements PanacheRepositoryBase<OutletEntity, String> {

    public List<OutletEntity> listByArticles(PageRequest page) {
        if (page.after().isEmpty()) {
            return find("order by articleCount desc, name").page(0, page.fetch()).list();
        }
        Cursor after = page.after().get();
        return find("articleCount < :count or (articleCount = :count and name > :name) order by articleCount desc, name",
                Parameters.with("count", (int) after.integer(0)).and("name", after.text(1)))
                .page(0, page.fetch()).list();
    }
}
