package claimwatch.ingest.clean;

import java.util.Optional;

/** The main text of a page and the title it declares, if any. */
public record CleanedPage(String text, Optional<String> title) {
}
