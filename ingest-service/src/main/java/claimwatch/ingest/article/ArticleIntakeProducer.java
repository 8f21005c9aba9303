package claimwatch.ingest.article;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import claimwatch.ingest.IngestConfig;
import claimwatch.ingest.clean.HtmlCleaner;

/** Wires the plain-Java intake into CDI. */
public class ArticleIntakeProducer {

    @Produces
    @ApplicationScoped
    ArticleIntake articleIntake(IngestConfig config) {
        return new ArticleIntake(new HtmlCleaner(), Clock.systemUTC(), config.maxTextChars());
    }
}
