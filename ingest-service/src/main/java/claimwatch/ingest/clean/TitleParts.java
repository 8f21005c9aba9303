package claimwatch.ingest.clean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page title split into its headline and the site name pasted before or after it ("Headline | Site", "Site - Headline").
 *
 * @param site the site part, when the title has one
 */
public record TitleParts(String headline, Optional<String> site) {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—·•»]|::|-{1,2})\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_SITE_WORDS = 5;

    /**
     * Splits a title. A part equal to a known site name decides the split; without one, the short part at the end, else
     * at the start, is taken for the site name, unless only the other split's headline is printed on the page.
     */
    public static TitleParts of(String title, Collection<String> siteNames, Collection<String> pageLines) {
        String whole = title == null ? "" : title.strip();
        List<Integer[]> separators = new ArrayList<>();
        Matcher matcher = SEPARATOR.matcher(whole);
        while (matcher.find()) {
            separators.add(new Integer[] {matcher.start(), matcher.end()});
        }
        if (separators.isEmpty()) {
            return new TitleParts(whole, Optional.empty());
        }
        Integer[] first = separators.get(0);
        Integer[] last = separators.get(separators.size() - 1);
        TitleParts suffixSite = new TitleParts(whole.substring(0, last[0]), Optional.of(whole.substring(last[1])));
        TitleParts prefixSite = new TitleParts(whole.substring(first[1]), Optional.of(whole.substring(0, first[0])));
        List<String> sites = comparable(siteNames);
        List<String> lines = comparable(pageLines);
        for (TitleParts split : List.of(suffixSite, prefixSite)) {
            if (sites.contains(comparable(split.site().orElseThrow()))) {
                return split;
            }
        }
        // Otherwise the site is the short part; of two plausible splits, the one whose headline the page prints wins.
        List<TitleParts> plausible = List.of(suffixSite, prefixSite).stream().filter(TitleParts::siteIsShorter).toList();
        return plausible.stream()
                .filter(split -> lines.contains(comparable(split.headline())))
                .findFirst()
                .or(() -> plausible.stream().findFirst())
                .orElse(new TitleParts(whole, Optional.empty()));
    }

    private boolean siteIsShorter() {
        int siteWords = words(site.orElseThrow());
        return siteWords <= MAX_SITE_WORDS && words(headline) > siteWords;
    }

    private static List<String> comparable(Collection<String> texts) {
        return texts.stream().filter(text -> text != null && !text.isBlank()).map(TitleParts::comparable).toList();
    }

    private static String comparable(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static int words(String text) {
        String comparable = comparable(text);
        return comparable.isEmpty() ? 0 : comparable.split(" ").length;
    }
}
