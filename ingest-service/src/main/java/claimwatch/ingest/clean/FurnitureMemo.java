package claimwatch.ingest.clean;

import java.util.HashMap;
import java.util.Map;

/** Remembers which texts the line rules call furniture, so that each text of a page is judged once. */
final class FurnitureMemo {

    private final Map<String, Boolean> judged = new HashMap<>();

    boolean isFurniture(String text) {
        return judged.computeIfAbsent(text, BoilerplateFilter::isFurniture);
    }
}
