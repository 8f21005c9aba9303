package claimwatch.api.fact;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A normalised value: {@code kind} is number, money or date; numbers and money carry {@code amount} (and
 * {@code upper} for ranges) with {@code unit} (a unit or an ISO currency), dates carry {@code date} (2024, 2024-03 or
 * 2024-03-11). {@code display} is how a person would write it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactValue(String kind, Double amount, Double upper, String unit, String date, String qualifier, String display) {
}
