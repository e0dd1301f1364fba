package io.docstack.source;

import java.util.Optional;

import io.docstack.model.SitePath;

/**
 * An Antora resource id as written: {@code [version@][component:][module:][family$]relative[#fragment]}
 * ({@code 2.0@refguide:applib:index/Foo.adoc#bar}, {@code partial$note.adoc}). A part not written is
 * null; {@code component::page.adoc} writes the module as "" (the ROOT module). A {@code /} right after
 * the family is dropped ({@code partial$/a.adoc} is {@code partial$a.adoc}), as Antora reads it. Immutable.
 */
public record AntoraId(String version, String component, String module, String family, String relative,
                       String fragment) {

    /** The id's parts, or empty when it has more than three coordinates. */
    public static Optional<AntoraId> parse(String id) {
        String rest = id;
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String version = null;
        int colon = rest.indexOf(':');
        int at = (colon < 0 ? rest : rest.substring(0, colon)).indexOf('@');
        if (at > 0 && rest.substring(0, at).indexOf('/') < 0) {
            version = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        String[] parts = rest.split(":", -1);
        if (parts.length > 3) {
            return Optional.empty();
        }
        String last = parts[parts.length - 1];
        String family = null;
        int dollar = last.indexOf('$');
        if (dollar > 0 && last.substring(0, dollar).indexOf('/') < 0) {
            family = last.substring(0, dollar);
            // Antora reads example$/a.rb as example$a.rb: what {examplesdir}/a.rb expands to.
            last = last.substring(dollar + 1).replaceFirst("^/+", "");
        }
        String component = parts.length == 3 ? parts[0] : null;
        String module = parts.length >= 2 ? parts[parts.length - 2] : null;
        return Optional.of(new AntoraId(version, component, module, family, last, fragment));
    }

    /**
     * Where this id, written in a {@code page-aliases} entry of a page in module {@code current},
     * would be published: the page's path in the component version ({@code admin/old.adoc}), or
     * empty when it names none. The {@code .adoc} may be left out, and a
     * module {@code .} ({@code .:old.adoc}) vanishes from the URL Antora joins, so it is where
     * {@code ROOT}'s pages are.
     */
    public Optional<SitePath> aliasPath(String current) {
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        String in = moduleOr(current);
        return SitePath.parse(AntoraComponent.sitePath(in.equals(".") ? AntoraComponent.ROOT : in, "pages",
                relative.endsWith(".adoc") ? relative : relative + ".adoc"));
    }

    /** The module meant, given the module of the page the id is written in. */
    public String moduleOr(String current) {
        return module == null ? current : module.isEmpty() ? AntoraComponent.ROOT : module;
    }
}
