package claimwatch.ingest.article;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import claimwatch.ingest.IngestConfig;
import claimwatch.ingest.clean.ArticleCleaner;

/** Wires the plain-Java intake into CDI. */
public class ArticleIntakeProducer {

    @Produces
    @ApplicationScoped
    ArticleIntake articleIntake(IngestConfig config) {
        return new ArticleIntake(new ArticleCleaner(), Clock.systemUTC(), config.maxTextChars());
    }
}
