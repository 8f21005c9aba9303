package claimwatch.extract.date;

import java.util.List;

import claimwatch.extract.number.Tokens;

/** Resolves "in May of that year" to the year of the date before it in the sentence ("He resigned in March 2021"). */
final class ThatYear {

    private ThatYear() {
    }

    static DateCandidate anchor(Tokens tokens, DateCandidate date, List<DateCandidate> before) {
        if (date.kind() != DateCandidate.Kind.NO_YEAR || !tokens.is(date.end(), "of")) {
            return date;
        }
        int end;
        if (tokens.is(date.end() + 1, "that") && tokens.is(date.end() + 2, "year")) {
            end = date.end() + 3;
        } else if (tokens.is(date.end() + 1, "the") && tokens.is(date.end() + 2, "same")
                && tokens.is(date.end() + 3, "year")) {
            end = date.end() + 4;
        } else {
            return date;
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k).kind() == DateCandidate.Kind.FIXED) {
                return date.inYear(before.get(k).year()).endingAt(end);
            }
        }
        return date;
    }
}
