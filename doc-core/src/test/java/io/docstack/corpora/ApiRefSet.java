package io.docstack.corpora;

import java.nio.file.Path;
import java.util.List;

/**
 * One set of OpenStack api-ref prose in {@code openapi-openstack} and the spec it documents, paired
 * as the corpus's own matcher ({@code _tools/os_match.py}) pairs them.
 *
 * @param name       the set's name in {@code _meta/rest_method-vs-spec.tsv} ({@code nova}, {@code cinder-v3})
 * @param project    the service's name as a Docstack project ({@code compute})
 * @param spec       the spec file under {@code specs/}
 * @param repository the api-ref repository under {@code api-ref/}
 * @param folder     the subfolder of its {@code api-ref/source} ("" for all of it)
 */
record ApiRefSet(String name, String project, String spec, String repository, String folder) {

    static final List<ApiRefSet> ALL = List.of(
            new ApiRefSet("nova", "compute", "compute/v2.96.yaml", "nova", ""),
            new ApiRefSet("keystone", "identity", "identity/v3.14.yaml", "keystone", ""),
            new ApiRefSet("glance", "image", "image/v2.16.yaml", "glance", ""),
            new ApiRefSet("cinder-v3", "block-storage", "block-storage/v3.70.yaml", "cinder", "v3"),
            new ApiRefSet("cinder-v2", "block-storage-v2", "block-storage/v2.yaml", "cinder", "v2"),
            new ApiRefSet("neutron-lib", "network", "network/v2.yaml", "neutron-lib", ""),
            new ApiRefSet("octavia", "load-balancing", "load-balancing/v2.yaml", "octavia", ""),
            new ApiRefSet("placement", "placement", "placement/v1.yaml", "placement", ""),
            new ApiRefSet("swift", "object-store", "object-store/v1.yaml", "swift", ""));

    static ApiRefSet named(String name) {
        return ALL.stream().filter(set -> set.name().equals(name)).findFirst().orElseThrow();
    }

    /** The prose's path inside {@code api-ref/}, as the corpus's tsv writes file paths. */
    String sourcePrefix() {
        return repository + "/api-ref/source" + (folder.isEmpty() ? "" : "/" + folder);
    }

    Path source(Path corpus) {
        return corpus.resolve("api-ref").resolve(sourcePrefix());
    }

    Path specFile(Path corpus) {
        return corpus.resolve("specs").resolve(spec);
    }
}
