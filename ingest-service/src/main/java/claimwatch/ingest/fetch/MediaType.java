package claimwatch.ingest.fetch;

import java.util.Locale;
import java.util.Optional;

/** The parts of a Content-Type header the fetcher uses: the media type and its charset parameter. */
record MediaType(String essence, Optional<String> charset) {

    static Optional<MediaType> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.split(";");
        String essence = parts[0].strip().toLowerCase(Locale.ROOT);
        int slash = essence.indexOf('/');
        if (slash <= 0 || slash == essence.length() - 1 || essence.indexOf('/', slash + 1) >= 0
                || essence.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        Optional<String> charset = Optional.empty();
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String value = parameter.substring(equals + 1).strip().replace("\"", "").replace("'", "").strip();
                if (!value.isEmpty()) {
                    charset = Optional.of(value);
                }
            }
        }
        return Optional.of(new MediaType(essence, charset));
    }

    /** Text a news pipeline can read: text/*, XML and JSON in all their +xml/+json flavours. */
    boolean isReadable() {
        return essence.startsWith("text/") || essence.endsWith("/xml") || essence.endsWith("+xml")
                || essence.endsWith("/json") || essence.endsWith("+json");
    }
}
