package claimwatch.ingest.clean;

import java.util.regex.Pattern;

/** Copyright notices: "© 2024 Meridian Wire", "Copyright The Mercantile Journal Ltd 2024. All rights reserved.". */
final class CopyrightLine implements LineRule {

    private static final int MAX_NOTICE_WORDS = 45;
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern START = Pattern.compile("^\\W*(?:©|\\(c\\)|copyright(?!\\p{L}))", CASE);
    private static final Pattern RESERVED = Pattern.compile("all rights reserved|todos los derechos reservados|tous droits réservés"
            + "|alle rechte vorbehalten|tutti i diritti riservati|prohibida (?:la |su )?reproducción|reproduction interdite", CASE);

    @Override
    public boolean matches(String line) {
        return TextShape.words(line) <= MAX_NOTICE_WORDS && (START.matcher(line).find() || RESERVED.matcher(line).find());
    }
}
