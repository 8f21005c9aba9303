package claimwatch.extract;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.extract.article.ArticleReader;
import claimwatch.extract.claim.ClaimExtractor;
import claimwatch.extract.claim.StructuredClaimExtractor;

/** Wires the plain-Java extraction core into CDI; the one place that chooses the extractor. */
public class ExtractBeans {

    @Produces
    @ApplicationScoped
    ClaimExtractor claimExtractor() {
        return StructuredClaimExtractor.standard();
    }

    @Produces
    @ApplicationScoped
    ArticleReader articleReader(ObjectMapper json, ExtractConfig config) {
        return new ArticleReader(json, config.maxTextChars());
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
