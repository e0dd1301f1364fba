package io.docstack.source;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.docstack.config.AnchorStyle;
import io.docstack.config.ProjectConfig;

/**
 * The {@value #FILE_NAME} at the root of a docs bundle: the project the bundle holds. Beside it,
 * a bundle holds the docs folder under {@value #DOCS}, the spec files under {@value #SPECS} and
 * the project's link inventory ({@code docstack-inventory.json}).
 *
 * @param format      {@value #FORMAT}; readers refuse bundles of a newer format
 * @param generator   what wrote the bundle
 * @param name        the project's name
 * @param title       its title
 * @param description its one-sentence description, or null
 * @param version     its version
 * @param anchors     its heading id style ({@code github} or {@code mkdocs})
 * @param editUrl     its "edit this page" URL prefix, or null
 */
public record BundleDescriptor(int format, String generator, String name, String title, String description,
                               String version, String anchors, String editUrl) {

    public static final String FILE_NAME = "docstack-bundle.json";
    public static final String DOCS = "docs";
    public static final String SPECS = "openapi";
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The descriptor of a project. */
    public static BundleDescriptor of(ProjectConfig project) {
        return new BundleDescriptor(FORMAT, "Docstack", project.name(), project.title(), project.description(),
                project.version(), project.anchors().name().toLowerCase(java.util.Locale.ROOT), project.editUrl());
    }

    public byte[] toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a descriptor; a message naming what is wrong when it is not one. */
    static BundleDescriptor parse(byte[] json) throws IOException {
        BundleDescriptor descriptor = JSON.readValue(json, BundleDescriptor.class);
        if (descriptor.format() > FORMAT) {
            throw new IOException("bundle format " + descriptor.format() + " is newer than this Docstack reads (" + FORMAT + ")");
        }
        if (descriptor.name() == null || descriptor.version() == null) {
            throw new IOException(FILE_NAME + " names no project name and version");
        }
        return descriptor;
    }

    /** The project this bundle holds, with its docs folder at {@code docs}. */
    ProjectConfig project(java.nio.file.Path docs) {
        AnchorStyle style = "mkdocs".equalsIgnoreCase(anchors) ? AnchorStyle.MKDOCS : AnchorStyle.GITHUB;
        return new ProjectConfig(name, title, description, version, docs, editUrl, style, null);
    }
}
