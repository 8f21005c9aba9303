package claimwatch.api.fact;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import claimwatch.api.claim.ArticleClaimsMessage;

/** Turns extracted quantities, amounts and dates into normalised {@link FactValue}s with a readable {@code display}. */
final class FactValues {

    private FactValues() {
    }

    static FactValue of(ArticleClaimsMessage.Quantity quantity) {
        String unit = quantity.unit();
        String number = range(quantity.value(), quantity.upper(), quantity.qualifier(), FactValues::plain);
        String display = "percent".equals(unit) ? number + "%" : unit == null ? number : number + " " + unit;
        return new FactValue("number", quantity.value(), quantity.upper(), unit, null, qualifier(quantity.qualifier()), display);
    }

    static FactValue of(ArticleClaimsMessage.Money money) {
        String amount = range(money.amount(), money.upper(), money.qualifier(), FactValues::large);
        int figure = firstFigure(amount);
        String display = amount.substring(0, figure) + money.currency() + " " + amount.substring(figure);
        return new FactValue("money", money.amount(), money.upper(), money.currency(), null, qualifier(money.qualifier()), display);
    }

    static FactValue of(ArticleClaimsMessage.DateMention date) {
        String written = date(date.value());
        String display = "deadline".equals(date.role()) ? "by " + written : "since".equals(date.role()) ? "since " + written : written;
        return new FactValue("date", null, null, null, date.value(), null, display);
    }

    /** Where the figure starts, so the currency goes after the qualifier: "about EUR 120 million". */
    private static int firstFigure(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) || text.charAt(i) == '-') {
                return i;
            }
        }
        return 0;
    }

    private static String qualifier(String qualifier) {
        return qualifier == null ? "exact" : qualifier;
    }

    private static String range(double value, Double upper, String qualifier, java.util.function.DoubleFunction<String> format) {
        String written = format.apply(value);
        if (upper != null) {
            return written + " to " + format.apply(upper);
        }
        return switch (qualifier == null ? "exact" : qualifier) {
            case "approximately" -> "about " + written;
            case "more-than" -> "more than " + written;
            case "at-least" -> "at least " + written;
            case "up-to" -> "up to " + written;
            case "less-than" -> "less than " + written;
            default -> written;
        };
    }

    static String plain(double value) {
        if (Math.abs(value) >= 1e6 && Math.abs(value) < 1e15) {
            return large(value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        if (decimal.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", decimal.longValue());
        }
        return decimal.toPlainString();
    }

    static String large(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e9) {
            return compact(value / 1e9) + " billion";
        }
        if (magnitude >= 1e6) {
            return compact(value / 1e6) + " million";
        }
        return plain(value);
    }

    private static String compact(double value) {
        return BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String date(String value) {
        if (value == null) {
            return "";
        }
        try {
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
            }
            if (value.length() == 10) {
                java.time.LocalDate day = java.time.LocalDate.parse(value);
                return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
            }
        } catch (RuntimeException e) {
            return value;
        }
        return value;
    }
}
