package claimwatch.extract.sentence;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits article text into sentences. Line breaks always end a sentence (headlines and paragraphs carry no final
 * period); within a line the JDK's sentence rules apply.
 */
public final class SentenceSplitter {

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int lineStart, int lineEnd, List<Sentence> sentences) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(text.substring(lineStart, lineEnd));
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            int from = lineStart + start;
            int to = lineStart + end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                sentences.add(new Sentence(sentences.size(), text.substring(from, to), from, to));
            }
        }
    }
}
