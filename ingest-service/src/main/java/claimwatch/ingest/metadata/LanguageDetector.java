package claimwatch.ingest.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/** Detects a text's language with OpenNLP and its langdetect-183 model (103 languages) and answers in ISO 639-1; safe to share between threads. */
public final class LanguageDetector {

    private static final String MODEL = "/langdetect-183.bin";
    private static final int MIN_CHARS = 40;
    // Confidence saturates well before this; longer texts only cost time.
    private static final int MAX_CHARS = 1500;
    // The best language must beat the runner-up by this factor. Measured on this model: sentences of about 60
    // characters score 1.5 to 2.6, lists of names and numbers 1.0 to 1.25.
    private static final double MIN_MARGIN = 1.5;

    private static final Map<String, String> ISO_639_1 = Map.ofEntries(
            Map.entry("afr", "af"), Map.entry("ara", "ar"), Map.entry("aze", "az"), Map.entry("bak", "ba"), Map.entry("bel", "be"),
            Map.entry("ben", "bn"), Map.entry("bos", "bs"), Map.entry("bre", "br"), Map.entry("bul", "bg"), Map.entry("cat", "ca"),
            Map.entry("ces", "cs"), Map.entry("che", "ce"), Map.entry("cmn", "zh"), Map.entry("cym", "cy"), Map.entry("dan", "da"),
            Map.entry("deu", "de"), Map.entry("ekk", "et"), Map.entry("ell", "el"), Map.entry("eng", "en"), Map.entry("epo", "eo"),
            Map.entry("est", "et"), Map.entry("eus", "eu"), Map.entry("fao", "fo"), Map.entry("fas", "fa"), Map.entry("fin", "fi"),
            Map.entry("fra", "fr"), Map.entry("fry", "fy"), Map.entry("gle", "ga"), Map.entry("glg", "gl"), Map.entry("guj", "gu"),
            Map.entry("heb", "he"), Map.entry("hin", "hi"), Map.entry("hrv", "hr"), Map.entry("hun", "hu"), Map.entry("hye", "hy"),
            Map.entry("ind", "id"), Map.entry("isl", "is"), Map.entry("ita", "it"), Map.entry("jav", "jv"), Map.entry("jpn", "ja"),
            Map.entry("kan", "kn"), Map.entry("kat", "ka"), Map.entry("kaz", "kk"), Map.entry("kir", "ky"), Map.entry("kor", "ko"),
            Map.entry("lat", "la"), Map.entry("lav", "lv"), Map.entry("lim", "li"), Map.entry("lit", "lt"), Map.entry("ltz", "lb"),
            Map.entry("lvs", "lv"), Map.entry("mal", "ml"), Map.entry("mar", "mr"), Map.entry("mkd", "mk"), Map.entry("mlt", "mt"),
            Map.entry("mon", "mn"), Map.entry("mri", "mi"), Map.entry("msa", "ms"), Map.entry("nep", "ne"), Map.entry("nld", "nl"),
            Map.entry("nno", "nn"), Map.entry("nob", "nb"), Map.entry("oci", "oc"), Map.entry("pan", "pa"), Map.entry("pes", "fa"),
            Map.entry("plt", "mg"), Map.entry("pol", "pl"), Map.entry("por", "pt"), Map.entry("pus", "ps"), Map.entry("ron", "ro"),
            Map.entry("rus", "ru"), Map.entry("san", "sa"), Map.entry("sin", "si"), Map.entry("slk", "sk"), Map.entry("slv", "sl"),
            Map.entry("som", "so"), Map.entry("spa", "es"), Map.entry("sqi", "sq"), Map.entry("srp", "sr"), Map.entry("sun", "su"),
            Map.entry("swa", "sw"), Map.entry("swe", "sv"), Map.entry("tam", "ta"), Map.entry("tat", "tt"), Map.entry("tel", "te"),
            Map.entry("tgk", "tg"), Map.entry("tgl", "tl"), Map.entry("tha", "th"), Map.entry("tur", "tr"), Map.entry("ukr", "uk"),
            Map.entry("urd", "ur"), Map.entry("uzb", "uz"), Map.entry("vie", "vi"), Map.entry("vol", "vo"), Map.entry("zul", "zu"));

    // OpenNLP does not document LanguageDetectorME as thread-safe; ThreadSafeLanguageDetectorME keeps one per thread
    // over the single shared model.
    private final opennlp.tools.langdetect.LanguageDetector detector;

    private LanguageDetector(opennlp.tools.langdetect.LanguageDetector detector) {
        this.detector = detector;
    }

    /** The detector over the bundled model; the model (10 MB) is read on the first call only. */
    public static LanguageDetector load() {
        return Holder.INSTANCE;
    }

    /** The ISO 639-1 code of the text's language; empty for short text, an unclear winner or a language without such a code. */
    public Optional<String> detect(String text) {
        String sample = sample(text);
        if (sample.length() < MIN_CHARS) {
            return Optional.empty();
        }
        Language[] ranked = detector.predictLanguages(sample);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (ranked[0].getConfidence() < MIN_MARGIN * runnerUp) {
            return Optional.empty();
        }
        return Optional.ofNullable(ISO_639_1.get(ranked[0].getLang()));
    }

    private static String sample(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() <= MAX_CHARS) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', MAX_CHARS);
        return stripped.substring(0, cut > 0 ? cut : MAX_CHARS);
    }

    private static final class Holder {
        private static final LanguageDetector INSTANCE = read();

        private static LanguageDetector read() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL + " is not on the classpath; it comes with org.apache.opennlp:opennlp-models-langdetect");
                }
                return new LanguageDetector(new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model " + MODEL, e);
            }
        }
    }
}
