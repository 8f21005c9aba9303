package claimwatch.ingest.clean;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lines made only of interface words: "A- A A+", "Listen to this article", "4 min read", "Save", "Print", "Sign in",
 * "Comments (14)", "Was this helpful? 312 18", share buttons and network names, or no words at all ("6:12").
 */
final class UiStringLine implements LineRule {

    private static final int MAX_UI_WORDS = 16;
    private static final List<String> PHRASES = List.of(
            "a-\\s*a\\s*a\\+", "a\\+", "a-", "a−",
            "listen(?: to (?:this|the) (?:article|story))?", "escuchar(?: (?:la )?noticia| este artículo)?",
            "écouter(?: cet article| l'article)?", "artikel anhören", "anhören", "vorlesen", "ascolta",
            "\\d+\\s*min(?:ute)?s?\\.?\\s*(?:read|de lectura|lecture|lesezeit)", "(?:lecture|lesezeit|reading time)\\s*:?\\s*\\d+\\s*min\\w*",
            "skip to (?:the )?(?:main )?(?:content|navigation|search)", "saltar al contenido", "aller au contenu", "zum inhalt springen",
            "sign in", "sign up", "log in", "log out", "login", "logout", "register", "my account", "subscribe(?: now)?",
            "suscríbete", "suscribirme", "s'abonner", "abonnieren", "iniciar sesión", "se connecter", "anmelden",
            "save(?: to reading list| for later| article| this article)?", "gift this article", "gift article", "bookmark",
            "guardar", "sauvegarder", "merken", "print(?: this (?:page|article|story))?", "imprimir", "imprimer", "drucken",
            "stampa", "search", "buscar", "rechercher", "suche", "menu", "menú", "back to top", "show more", "load more",
            "see more", "view more", "ver más", "voir plus", "mehr anzeigen", "log in to comment", "leave a comment",
            "add a comment", "comments have not been enabled for this article", "comments are closed", "sign in to comment",
            "you must be logged in to post a comment", "connectez-vous pour commenter(?: cet article)?", "réagir",
            "inicia sesión para comentar", "para comentar,? inici[aá] sesión", "melden sie sich an,? um zu kommentieren",
            "comments?", "comentarios?", "commentaires?", "kommentare?", "was this (?:article )?helpful\\??",
            "font size", "text size", "tamaño de (?:letra|texto)", "taille du texte", "schriftgröße",
            "copy link", "copy url", "copiar enlace", "copier le lien", "link kopieren", "close", "cerrar", "fermer",
            "schließen", "ok", "accept(?: all)?", "reject(?: all)?", "decline", "manage preferences", "more options",
            "follow(?: us)?", "síguenos", "suivez-nous", "share(?: this(?: article| story| page)?| on)?", "shares",
            "compartir", "partager", "teilen", "condividi", "tweet", "post", "facebook", "twitter", "x", "whatsapp",
            "linkedin", "email", "e-mail", "mail", "telegram", "reddit", "pinterest", "instagram", "threads", "bluesky",
            "mastodon", "flipboard", "messenger", "sms", "youtube", "tiktok");
    // Longest first: regex alternation takes the first phrase that fits, and "log in" must not win over "log in to comment".
    private static final Pattern UI = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + PHRASES.stream().sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"))
            + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // The lone "A" of a font-size switch only counts next to its "A-" or "A+".
    private static final Pattern FONT_SIZE = Pattern.compile("(?<![\\p{L}])a[+−-]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_A = Pattern.compile("(?<![\\p{L}\\p{N}])a(?![\\p{L}\\p{N}+−-])", Pattern.CASE_INSENSITIVE);

    @Override
    public boolean matches(String line) {
        if (TextShape.words(line) > MAX_UI_WORDS) {
            return false;
        }
        String rest = UI.matcher(line).replaceAll(" ");
        if (FONT_SIZE.matcher(line).find()) {
            rest = LONE_A.matcher(rest).replaceAll(" ");
        }
        return !TextShape.hasLetters(rest);
    }
}
