package claimwatch.ingest.clean;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Menus, breadcrumbs and info strips: short fragments strung together with separators, as in "Home | News | Sport",
 * "News > World News", "World  Business  Markets" (pasted menus keep wide gaps) or "Plaza s/n · 10:00-20:00 · Free".
 */
final class NavigationLine implements LineRule {

    private static final Pattern STRIP_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*|\\s{2,}|\\t+");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[>›»]\\s*");
    private static final int MIN_STRIP_FRAGMENTS = 3;
    private static final int MAX_STRIP_FRAGMENT_WORDS = 6;
    private static final int MAX_CRUMB_WORDS = 4;

    @Override
    public boolean matches(String line) {
        String text = line.strip();
        List<String> strip = fragments(STRIP_SEPARATOR, text);
        if (strip.size() >= MIN_STRIP_FRAGMENTS && allShort(strip, MAX_STRIP_FRAGMENT_WORDS)) {
            return true;
        }
        List<String> crumbs = fragments(CRUMB_SEPARATOR, text);
        return crumbs.size() >= 2 && allShort(crumbs, MAX_CRUMB_WORDS);
    }

    private static List<String> fragments(Pattern separator, String text) {
        return Arrays.stream(separator.split(text)).map(String::strip).filter(fragment -> !fragment.isEmpty()).toList();
    }

    private static boolean allShort(List<String> fragments, int maxWords) {
        return fragments.stream().allMatch(fragment -> TextShape.words(fragment) <= maxWords && !TextShape.endsSentence(fragment));
    }
}
