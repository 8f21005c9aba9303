package claimwatch.extract.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The entities of an article, sentence by sentence, and the aliases (surnames, acronyms, short names) it uses. */
public record ArticleEntities(List<List<Entity>> bySentence, Map<String, String> aliases) {

    public ArticleEntities {
        bySentence = bySentence.stream().map(List::copyOf).toList();
        aliases = Map.copyOf(aliases);
    }

    public List<Entity> in(int sentenceIndex) {
        return sentenceIndex >= 0 && sentenceIndex < bySentence.size() ? bySentence.get(sentenceIndex) : List.of();
    }

    /** The canonical name for a mention: an alias resolves, a canonical name is itself, anything else is empty. */
    public Optional<String> canonical(String mention) {
        String alias = aliases.get(mention);
        if (alias != null) {
            return Optional.of(alias);
        }
        for (List<Entity> entities : bySentence) {
            for (Entity entity : entities) {
                if (entity.canonical().equals(mention)) {
                    return Optional.of(mention);
                }
            }
        }
        if (mention.startsWith("The ") || mention.startsWith("the ")) {
            return canonical(mention.substring(4));
        }
        return Optional.empty();
    }
}
