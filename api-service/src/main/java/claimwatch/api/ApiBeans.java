package claimwatch.api;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.api.claim.ClaimsMessageReader;

/** Wires plain-Java parts into CDI. */
public class ApiBeans {

    @Produces
    @ApplicationScoped
    ClaimsMessageReader claimsMessageReader(ObjectMapper json) {
        return new ClaimsMessageReader(json);
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
