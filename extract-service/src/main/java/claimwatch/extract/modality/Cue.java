package claimwatch.extract.modality;

/** A modality cue found at a token index, with its text lower-cased as written. */
record Cue(int index, String text) {
}
