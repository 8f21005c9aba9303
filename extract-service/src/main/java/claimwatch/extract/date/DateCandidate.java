package claimwatch.extract.date;

/**
 * A date found at tokens [start, end) before it is resolved: what is known of it and what it must be resolved against.
 * Fields that do not apply to a kind are 0.
 */
record DateCandidate(int start, int end, Kind kind, int year, int month, int day, Granularity granularity, int offset) {

    enum Kind {
        /** Year, month and day as written ("12 March 2024", "March 2023", "2022"). */
        FIXED,
        /** Month and maybe day without a year ("Oct. 3", "in April"); offset -1 for "last April", +1 for "next". */
        NO_YEAR,
        /** Month and maybe day in the publication year plus offset ("Oct. 3 last year"). */
        YEAR_FROM_PUBLISHED,
        DAYS_FROM_PUBLISHED,
        HOURS_FROM_PUBLISHED,
        /** "last week": the month of the publication date plus offset weeks. */
        WEEKS_FROM_PUBLISHED,
        MONTHS_FROM_PUBLISHED,
        YEARS_FROM_PUBLISHED,
        /** day holds the ISO day of week; offset -1 "last", +1 "next". */
        WEEKDAY,
        /** "12/03/2024": month and day hold the first and second number, either may be the day. */
        AMBIGUOUS_NUMERIC,
        /** "last winter": month holds the month the season starts in; offset -1, 0 or +1; resolved to a year. */
        SEASON,
        /** "the next day": a day relative to some other event, which this extractor cannot resolve. */
        UNANCHORED
    }

    static DateCandidate fixed(int start, int end, int year, int month, int day) {
        Granularity granularity = day > 0 ? Granularity.DAY : month > 0 ? Granularity.MONTH : Granularity.YEAR;
        return new DateCandidate(start, end, Kind.FIXED, year, month, day, granularity, 0);
    }

    static DateCandidate relative(int start, int end, Kind kind, Granularity granularity, int offset) {
        return new DateCandidate(start, end, kind, 0, 0, 0, granularity, offset);
    }

    DateCandidate startingAt(int newStart) {
        return new DateCandidate(newStart, end, kind, year, month, day, granularity, offset);
    }

    boolean dependsOnTense() {
        return kind == Kind.NO_YEAR || kind == Kind.WEEKDAY;
    }

    DateCandidate inYear(int newYear) {
        return new DateCandidate(start, end, Kind.FIXED, newYear, month, day, granularity, 0);
    }

    DateCandidate endingAt(int newEnd) {
        return new DateCandidate(start, newEnd, kind, year, month, day, granularity, offset);
    }
}
