package claimwatch.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one article has established about its names: the type of each canonical name and the aliases that point to
 * it. Strong evidence (an org word, a title, a gazetteer hit) overrides weak evidence (a bare two-word name).
 */
final class NameRegistry {

    /** A canonical name and what it names. */
    record Known(String canonical, EntityType type, boolean strong) {
    }

    private final Map<String, Known> names = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> explicitAliases = new HashSet<>();
    private final Set<String> ambiguous = new HashSet<>();

    /** "The Financial Times" and "Financial Times" are one name. */
    static String key(String name) {
        return name.startsWith("The ") || name.startsWith("the ") ? name.substring(4) : name;
    }

    void register(String name, EntityType type, boolean strong) {
        String key = key(name);
        String aliasOf = aliases.get(key);
        if (aliasOf != null) {
            Known target = names.get(aliasOf);
            if (!strong || target != null && target.type() == type) {
                return;
            }
            aliases.remove(key);
        }
        Known old = names.get(key);
        if (old == null) {
            names.put(key, new Known(name, type, strong));
            addGeneratedAliases(key);
        } else if (strong && !old.strong()) {
            names.put(key, new Known(old.canonical(), type, true));
            if (old.type() != type) {
                aliases.entrySet().removeIf(e -> e.getValue().equals(key) && !explicitAliases.contains(e.getKey()));
                addGeneratedAliases(key);
            }
        }
    }

    /** "Institute for Maritime Studies (IMS)": the acronym names the same thing. */
    void defineAlias(String alias, String name) {
        explicitAliases.add(alias);
        addAlias(alias, key(name));
    }

    Optional<Known> lookup(String text) {
        String key = key(text);
        Known known = names.get(key);
        if (known == null && aliases.containsKey(key)) {
            known = names.get(aliases.get(key));
        }
        if (known == null && !text.equals(titleCase(text))) {
            String titled = key(titleCase(text));
            known = names.get(titled);
            if (known == null && aliases.containsKey(titled)) {
                known = names.get(aliases.get(titled));
            }
        }
        return Optional.ofNullable(known);
    }

    /** Every alias to the canonical name it stands for, including "Daily Klaxon" for "The Daily Klaxon". */
    Map<String, String> aliasMap() {
        Map<String, String> map = new HashMap<>();
        aliases.forEach((alias, key) -> {
            Known target = names.get(key);
            if (target != null) {
                map.put(alias, target.canonical());
            }
        });
        names.forEach((key, known) -> {
            if (!key.equals(known.canonical())) {
                map.put(key, known.canonical());
            }
        });
        return map;
    }

    private void addGeneratedAliases(String key) {
        Known known = names.get(key);
        for (String alias : AliasMaker.aliases(known.canonical(), known.type())) {
            addAlias(alias, key);
        }
    }

    private void addAlias(String alias, String key) {
        if (alias.equals(key) || ambiguous.contains(alias) || !names.containsKey(key)) {
            return;
        }
        Known existing = names.get(alias);
        if (existing != null) {
            if (existing.type() != names.get(key).type()) {
                return;
            }
            // A shorter name seen first ("Aldermoor Marine", "Lopez") becomes an alias of the full name.
            names.remove(alias);
            aliases.replaceAll((a, target) -> target.equals(alias) ? key : target);
        }
        String old = aliases.get(alias);
        if (old == null) {
            aliases.put(alias, key);
        } else if (!old.equals(key)) {
            aliases.remove(alias);
            ambiguous.add(alias);
        }
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
