package claimwatch.extract.modality;

import java.util.Objects;

/** The modality of a sentence and the word or phrase that shows it, lower-cased as written (null when asserted). */
public record ModalityReading(Modality value, String cue) {

    public static final ModalityReading ASSERTED = new ModalityReading(Modality.ASSERTED, null);

    public ModalityReading {
        Objects.requireNonNull(value, "value");
        if (value == Modality.ASSERTED ? cue != null : cue == null) {
            throw new IllegalArgumentException("a cue goes with every modality but asserted: " + value + " " + cue);
        }
    }
}
