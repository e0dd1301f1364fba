package io.docstack.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.docstack.config.ProjectConfig;

/**
 * The order of the site's projects on the landing page and in the project switcher, from the
 * {@code page-component-order} attribute (the site's {@code asciidocAttributes}, as a playbook
 * sets it for UIs that honour it): project names separated by commas, {@code *} for all those not
 * named, in their configured order; a name that is no project is passed over. Without the
 * attribute, or when it names none and has no {@code *}, the configured order (unnamed projects
 * are then left after the named ones). Immutable; thread-safe.
 */
final class ComponentOrder {

    static final String ATTRIBUTE = "page-component-order";

    private final List<String> names;

    private ComponentOrder(List<String> names) {
        this.names = List.copyOf(names);
    }

    static ComponentOrder of(Map<String, String> attributes) {
        String value = attributes.get(ATTRIBUTE);
        return new ComponentOrder(value == null ? List.of() : Arrays.stream(value.split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList());
    }

    /** {@code projects} (all versions of a name together, in their given order) in this order. */
    List<ProjectConfig> sort(Collection<ProjectConfig> projects) {
        if (names.isEmpty()) {
            return List.copyOf(projects);
        }
        LinkedHashSet<String> order = new LinkedHashSet<>();
        for (String name : names) {
            if (name.equals("*")) {
                projects.stream().map(ProjectConfig::name).filter(n -> !names.contains(n)).forEach(order::add);
            } else {
                order.add(name);
            }
        }
        projects.stream().map(ProjectConfig::name).forEach(order::add);
        List<ProjectConfig> sorted = new ArrayList<>(projects.size());
        for (String name : order) {
            projects.stream().filter(p -> p.name().equals(name)).forEach(sorted::add);
        }
        return sorted;
    }
}
