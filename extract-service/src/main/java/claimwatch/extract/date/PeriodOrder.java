package claimwatch.extract.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Keeps the two ends of a period without years in order: "Cases rose from March to May", written in March 2024, puts
 * May in 2023 by the past-event rule, and March must then be 2023 too.
 */
final class PeriodOrder {

    private PeriodOrder() {
    }

    static void keepEndsInOrder(List<DateCandidate> dates, DateRole[] roles, String[] values) {
        for (int k = 1; k < dates.size(); k++) {
            DateCandidate first = dates.get(k - 1);
            DateCandidate second = dates.get(k);
            boolean bothGuessed = first.kind() == DateCandidate.Kind.NO_YEAR && second.kind() == DateCandidate.Kind.NO_YEAR;
            if (roles[k - 1] != DateRole.PERIOD || roles[k] != DateRole.PERIOD || !bothGuessed
                    || values[k - 1] == null || values[k] == null
                    || first.granularity() != second.granularity() || values[k - 1].compareTo(values[k]) <= 0) {
                continue;
            }
            values[k - 1] = first.granularity() == Granularity.DAY
                    ? LocalDate.parse(values[k - 1]).minusYears(1).toString()
                    : YearMonth.parse(values[k - 1]).minusYears(1).toString();
        }
    }
}
