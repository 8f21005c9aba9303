package claimwatch.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.Span;

/**
 * Finds people, organisations, places and products in an article. A first pass learns the article's names and
 * aliases ("Maria Lopez" makes "Lopez" an alias, "(IMS)" an acronym); a second pass labels every mention with them,
 * so a surname in the headline resolves to the full name introduced in the body.
 */
public final class EntityExtractor {

    private final Tokenizer tokenizer = new Tokenizer();

    public ArticleEntities extract(List<Sentence> sentences) {
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        Set<String> lowerVocabulary = new HashSet<>();
        for (Sentence sentence : sentences) {
            List<Token> sentenceTokens = tokenizer.tokenize(sentence.text());
            tokens.add(sentenceTokens);
            for (Token token : sentenceTokens) {
                // toLowerCase returns the same instance when nothing changes: a cheap test for all lower case.
                if (token.isWord() && token.text() == token.lower()) {
                    lowerVocabulary.add(token.lower());
                }
            }
        }
        NameRegistry registry = new NameRegistry();
        NameFinder finder = new NameFinder(lowerVocabulary, registry);
        List<List<Mention>> found = new ArrayList<>(sentences.size());
        boolean[] titleLines = new boolean[sentences.size()];
        boolean[] again = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            titleLines[i] = NameRuns.isTitleLine(tokens.get(i));
            List<Mention> mentions = finder.find(text, tokens.get(i), afterTitle(tokens, i), titleLines[i]);
            again[i] = finder.dependedOnRegistry(titleLines[i]);
            found.add(mentions);
            for (Mention mention : mentions) {
                learn(registry, name(text, tokens.get(i), mention), mention);
            }
        }
        List<List<Entity>> bySentence = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            List<Entity> entities = new ArrayList<>();
            List<Mention> mentions = again[i] ? finder.find(text, tokens.get(i), afterTitle(tokens, i), titleLines[i])
                    : found.get(i);
            for (Mention mention : mentions) {
                label(registry, text, tokens.get(i), mention).ifPresent(entities::add);
            }
            entities.sort(Comparator.comparingInt(entity -> entity.span().start()));
            bySentence.add(entities);
        }
        return new ArticleEntities(bySentence, registry.aliasMap());
    }

    /** The splitter ends a sentence after "Mr." or "Dr."; the name that opens the next one keeps its title. */
    private static boolean afterTitle(List<List<Token>> tokens, int sentence) {
        if (sentence == 0 || tokens.get(sentence - 1).isEmpty()) {
            return false;
        }
        List<Token> previous = tokens.get(sentence - 1);
        Token last = previous.get(previous.size() - 1);
        return last.text().endsWith(".") && last.capitalised() && PersonWords.isTitle(last.lower());
    }

    /** An outlet written "the Daily Klaxon" is named "The Daily Klaxon", as its masthead has it. */
    private static String name(String sentence, List<Token> tokens, Mention mention) {
        String text = NameClassifier.text(sentence, tokens, mention.from(), mention.to());
        boolean definite = mention.from() > 0 && tokens.get(mention.from() - 1).text().equals("the");
        return definite && mention.type() == EntityType.ORGANISATION && OrganisationWords.looksLikeOutlet(text)
                ? "The " + text : text;
    }

    private static void learn(NameRegistry registry, String text, Mention mention) {
        if (mention.type() != null) {
            registry.register(text, mention.type(), mention.strong());
            if (mention.acronym() != null) {
                registry.defineAlias(mention.acronym(), text);
            }
            return;
        }
        Map.Entry<String, EntityType> known = OrganisationWords.knownAcronym(text);
        if (known != null) {
            registry.register(known.getKey(), known.getValue(), true);
            if (!known.getKey().equals(text)) {
                registry.defineAlias(text, known.getKey());
            }
        }
    }

    private static Optional<Entity> label(NameRegistry registry, String sentence, List<Token> tokens, Mention mention) {
        int start = tokens.get(mention.from()).start();
        int end = tokens.get(mention.to() - 1).end();
        String text = sentence.substring(start, end);
        Optional<NameRegistry.Known> known = registry.lookup(text);
        if (known.isPresent()) {
            return Optional.of(new Entity(text, new Span(start, end), known.get().canonical(), known.get().type()));
        }
        if (mention.type() == null) {
            return Optional.empty();
        }
        return Optional.of(new Entity(text, new Span(start, end), text, mention.type()));
    }
}
