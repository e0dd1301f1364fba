package io.docstack.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AsciiDoc attributes as configured (the POM's {@code asciidocAttributes}, an {@code antora.yml}'s
 * {@code asciidoc.attributes}), kept in the form Asciidoctor's API takes them, so that a map of
 * them goes to Asciidoctor unchanged:
 * <ul>
 * <li>set: {@code name → value}; a value ending in {@code @} is soft set (a page may assign it);</li>
 * <li>hard unset: {@code name! → ""} (a page cannot set it again), from YAML {@code ~}/null or
 *     an empty value, and from {@code ~} in the POM;</li>
 * <li>soft unset: {@code name! → "@"} (a page may set it), from {@code false}.</li>
 * </ul>
 * This is how Antora hands its attributes to Asciidoctor.js, where YAML {@code false} and
 * {@code null} become Ruby's {@code false} (soft unset) and {@code nil} (hard unset). One
 * deviation: the configuration here is read as text, so a quoted {@code 'false'} unsets too,
 * where Antora would print the word.
 *
 * <p>{@link #collate} merges a component's attributes over the site's as Antora's
 * {@code collateAsciiDocAttributes} does. Stateless; the maps passed in are the caller's.
 */
public final class AsciidocAttributes {

    /** An attribute reference in a value: {@code {name}}, or {@code \{name}} kept as written. */
    private static final Pattern REFERENCE = Pattern.compile("\\\\?\\{(\\w[\\w-]*)\\}");

    private AsciidocAttributes() {
    }

    /**
     * Assigns {@code name} in {@code attributes}, replacing any earlier assignment of it:
     * {@code value} null is a hard unset, {@code false} (any case) a soft unset, anything else
     * the value as written.
     */
    public static void put(Map<String, String> attributes, String name, String value) {
        attributes.remove(name);
        attributes.remove(name + "!");
        if (value == null) {
            attributes.put(name + "!", "");
        } else if (value.equalsIgnoreCase("false")) {
            attributes.put(name + "!", "@");
        } else {
            attributes.put(name, value);
        }
    }

    /** Whether {@code name} is assigned (set or unset) in {@code attributes}. */
    public static boolean assigned(Map<String, String> attributes, String name) {
        return attributes.containsKey(name) || attributes.containsKey(name + "!");
    }

    /**
     * Whether a site-level assignment of {@code name} keeps a component from changing it: every
     * assignment does except a soft one (a value ending in {@code @}) and a soft unset ({@code false}).
     */
    static boolean locked(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        if (value != null) {
            return !value.endsWith("@");
        }
        return "".equals(attributes.get(name + "!"));
    }

    /**
     * Merges {@code scoped} (a component's attributes, in the form {@link #put} writes) into
     * {@code into} (the site's), as Antora does: an attribute the site assigns hard stays the
     * site's; a reference {@code {name}} in a scoped value is replaced by the value assigned so
     * far (a soft value without its {@code @}; a missing or unset one is kept as written, and a
     * value that is only a reference to an unset attribute unsets it alike); {@code \{name}}
     * loses its backslash. With {@code merge} false (the site's own attributes over Antora's
     * defaults) nothing is locked.
     */
    public static void collate(Map<String, String> into, Map<String, String> scoped, boolean merge) {
        java.util.Set<String> locked = new java.util.HashSet<>();
        if (merge) {
            scoped.keySet().stream().map(AsciidocAttributes::name).filter(name -> locked(into, name)).forEach(locked::add);
        }
        scoped.forEach((key, value) -> {
            String name = name(key);
            if (locked.contains(name)) {
                return;
            }
            if (key.endsWith("!")) {
                into.remove(name);
                into.put(key, value);
                return;
            }
            Matcher whole = REFERENCE.matcher(value);
            if (whole.matches() && !value.startsWith("\\") && into.containsKey(whole.group(1) + "!")) {
                into.remove(name);
                into.put(name + "!", into.get(whole.group(1) + "!"));
                return;
            }
            into.remove(name + "!");
            into.put(name, substitute(into, value));
        });
    }

    /** The attribute name of a key {@link #put} wrote. */
    public static String name(String key) {
        return key.endsWith("!") ? key.substring(0, key.length() - 1) : key;
    }

    private static String substitute(Map<String, String> attributes, String value) {
        return REFERENCE.matcher(value).replaceAll(match -> {
            String reference = match.group();
            if (reference.startsWith("\\")) {
                return Matcher.quoteReplacement(reference.substring(1));
            }
            String assigned = attributes.get(match.group(1));
            if (assigned == null) {
                return Matcher.quoteReplacement(reference);
            }
            return Matcher.quoteReplacement(assigned.endsWith("@") ? assigned.substring(0, assigned.length() - 1) : assigned);
        });
    }
}
