package io.docstack.spec;

import static io.docstack.spec.SpecFixtures.found;
import static io.docstack.spec.SpecFixtures.named;
import static io.docstack.spec.SpecFixtures.only;
import static io.docstack.spec.SpecFixtures.project;
import static io.docstack.spec.SpecFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;

/** Reading well-formed specs: what a {@link ServiceSpec} holds for OpenAPI 3.1 YAML and 3.0 JSON. */
class SpecsTest {

    private final ServiceSpec pets = only(read(project("pets", "1", named("petstore-31.yaml"))));

    private Operation operation(ServiceSpec spec, String signature) {
        return spec.operations().stream().filter(o -> o.signature().equals(signature)).findFirst().orElseThrow();
    }

    @Test
    void readsInfoAndOperationsInPathAndMethodOrder() {
        assertThat(pets.title()).isEqualTo("Pet Store");
        assertThat(pets.description()).isEqualTo("Pets and their owners.");
        assertThat(pets.apiVersion()).isEqualTo("1.2.0");
        assertThat(pets.files()).extracting(ServiceSpec.SpecFile::openapi).containsExactly("3.1.0");
        assertThat(pets.operations()).extracting(Operation::signature).containsExactly(
                "GET /pets/{pet_id}", "PUT /pets/{pet_id}", "DELETE /pets/{pet_id}", "POST /trees", "GET /health");
        assertThat(operation(pets, "GET /pets/{pet_id}").source()).isEqualTo(new SpecPosition("specs/petstore-31.yaml", 18, 5));
    }

    @Test
    void pathLevelParametersAreMergedAndTheOperationsOwnWin() {
        List<Operation.Parameter> get = operation(pets, "GET /pets/{pet_id}").parameters();
        assertThat(get).extracting(Operation.Parameter::name).containsExactly("pet_id", "verbose");
        assertThat(get.get(0).required()).isTrue();
        assertThat(get.get(0).schema().format()).isEqualTo("uuid");
        assertThat(get.get(1).description()).isEqualTo("The operation's own wins.");
        assertThat(get.get(1).schema().type()).isEqualTo("string");
        assertThat(operation(pets, "PUT /pets/{pet_id}").parameters().get(1).schema().type()).isEqualTo("boolean");
    }

    @Test
    void requestBodiesAndResponsesFollowComponentRefs() {
        Operation put = operation(pets, "PUT /pets/{pet_id}");
        assertThat(put.requestBody().required()).isTrue();
        assertThat(put.requestBody().description()).isEqualTo("The pet.");
        Schema pet = put.requestBody().content().get(0).schema();
        assertThat(pet.name()).isEqualTo("Pet");
        assertThat(pet.required()).containsExactly("name");
        assertThat(pet.properties()).extracting(Schema.Property::name).containsExactly("name", "tag", "owner");
        Schema tag = pet.properties().get(1).schema();
        assertThat(tag.type()).isEqualTo("string");
        assertThat(tag.nullable()).isTrue();
        // '#/components/schemas/a~1b%20c' is the component 'a/b c'
        assertThat(pet.properties().get(2).schema().name()).isEqualTo("a/b c");
        assertThat(put.fieldNames()).contains("pet_id", "name", "email");

        Operation get = operation(pets, "GET /pets/{pet_id}");
        assertThat(get.responses()).extracting(Operation.Response::status).containsExactly("200", "default");
        Operation.Response ok = get.responses().get(0);
        assertThat(ok.description()).isEqualTo("The pet");
        assertThat(ok.content().get(0).schema()).isSameAs(pet); // one Schema per component, shared
    }

    @Test
    void examplesArePrettyJsonOrTheStringItself() {
        Operation.Media json = operation(pets, "GET /pets/{pet_id}").responses().get(0).content().get(0);
        assertThat(json.example()).isEqualTo("{\n  \"name\" : \"Rex\",\n  \"tag\" : null\n}");
        Operation tree = operation(pets, "POST /trees");
        assertThat(tree.requestBody().content().get(0).example()).isEqualTo("{\n  \"value\" : 1,\n  \"children\" : [ ]\n}");
        assertThat(tree.responses().get(0).content().get(0).example()).isEqualTo("created");
    }

    @Test
    void recursiveSchemaIsCutAtTheRepeat() {
        Schema node = operation(pets, "POST /trees").requestBody().content().get(0).schema();
        assertThat(node.name()).isEqualTo("Node");
        assertThat(node.recursive()).isFalse();
        Schema children = node.properties().get(1).schema();
        assertThat(children.type()).isEqualTo("array");
        assertThat(children.items().recursive()).isTrue();
        assertThat(children.items().name()).isEqualTo("Node");
        assertThat(children.items().properties()).isEmpty();
    }

    @Test
    void extensionsKeepFileOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws java.io.IOException {
        StringBuilder spec = new StringBuilder("openapi: 3.1.0\ninfo: {title: X}\npaths:\n  /a:\n    get:\n");
        List<String> keys = List.of("x-z", "x-b", "x-y", "x-c", "x-x", "x-d", "x-w", "x-e", "x-v", "x-f");
        keys.forEach(key -> spec.append("      ").append(key).append(": 1\n"));
        spec.append("      responses: {}\n");
        java.nio.file.Path file = java.nio.file.Files.writeString(temp.resolve("order.yaml"), spec);
        ServiceSpec read = only(read(new io.docstack.source.ProjectSources(new io.docstack.config.ProjectConfig("o", null,
                null, "1", temp, null, io.docstack.config.AnchorStyle.GITHUB, List.of(file)), List.of(), null,
                List.of(new io.docstack.source.ProjectSources.SpecSource(file, "order.yaml", true)))));
        assertThat(read.operations().get(0).extensions().keySet()).containsExactlyElementsOf(keys);
    }

    @Test
    void extensionsArePlainData() {
        Map<String, Object> extensions = operation(pets, "GET /pets/{pet_id}").extensions();
        assertThat(extensions).containsOnlyKeys("x-openstack", "x-rate-limit");
        assertThat(extensions.get("x-rate-limit")).isEqualTo(10);
        @SuppressWarnings("unchecked")
        Map<String, Object> openstack = (Map<String, Object>) extensions.get("x-openstack");
        assertThat(openstack).containsEntry("min-ver", "2.1").containsEntry("max-ver", null);
    }

    @Test
    void anchorsAreUrlSafeAndPagesFollowTheFirstTag() {
        assertThat(pets.operations()).extracting(Operation::anchor)
                .containsExactly("showPet", "pets-update-pet_id", "delete-pets-pet_id", "growTree", "get-health");
        assertThat(pets.tags()).extracting(ServiceSpec.Tag::name).containsExactly("pets", "Index", "owners", "other");
        // 'index' is the service overview, so the tag 'Index' gets another page
        assertThat(pets.tags()).extracting(t -> t.page().value())
                .containsExactly("api/pets.html", "api/index-2.html", "api/owners.html", "api/other.html");
        assertThat(pets.tags().get(0).description()).isEqualTo("Everything about pets.");
        assertThat(operation(pets, "PUT /pets/{pet_id}").page()).isEqualTo(SitePath.of("api/pets.html"));
        assertThat(operation(pets, "POST /trees").page()).isEqualTo(SitePath.of("api/other.html"));
    }

    @Test
    void readsOpenApi30JsonWithCrossFileRefs() {
        ApiSite site = read(project("compute", "2.1", found("servers-30.json"), found("common.yaml"),
                found("schemas/flavor.yaml")));
        assertThat(site.diagnostics()).isEmpty();
        ServiceSpec compute = only(site);
        assertThat(compute.files()).extracting(ServiceSpec.SpecFile::displayPath).containsExactly("specs/servers-30.json");
        Operation list = compute.operations().get(0);
        assertThat(list.anchor()).isEqualTo("listServers");
        Schema server = list.responses().get(0).content().get(0).schema().items();
        assertThat(server.name()).isEqualTo("Server");
        assertThat(server.properties().get(0).schema().nullable()).isTrue();
        Schema flavor = server.properties().get(1).schema();
        assertThat(flavor.name()).isEqualTo("flavor");
        assertThat(flavor.description()).isEqualTo("A flavor.");
        Schema error = flavor.properties().get(1).schema();
        assertThat(error.name()).isEqualTo("Error");
        Operation.Response notFound = list.responses().get(1);
        assertThat(notFound.description()).isEqualTo("Not found");
        assertThat(notFound.content().get(0).schema()).isSameAs(error); // common.yaml was read once
    }

    @Test
    void filesOfOneProjectVersionMakeOneServiceWithTagsMergedByName() {
        ApiSite site = read(project("compute", "2.1", named("dup/a.yaml"), named("dup/b.yaml")));
        ServiceSpec compute = only(site);
        assertThat(compute.title()).isEqualTo("Compute");
        assertThat(compute.files()).hasSize(2);
        assertThat(compute.operations()).extracting(Operation::signature)
                .containsExactly("GET /servers", "GET /flavors", "GET /servers");
        assertThat(compute.operations()).extracting(Operation::anchor)
                .containsExactly("listServers", "listServers-2", "listAllServers");
        assertThat(compute.tags()).extracting(ServiceSpec.Tag::name).containsExactly("servers", "flavors", "other");
        assertThat(compute.tags().get(0).description()).isEqualTo("Servers, described in the second file.");
    }

    @Test
    void eachProjectVersionGetsItsOwnService() {
        ApiSite site = read(project("pets", "1", named("petstore-31.yaml")), project("pets", "2", named("dup/a.yaml")),
                project("empty", "1"));
        assertThat(site.services()).extracting(ServiceSpec::project)
                .containsExactly(new ProjectVersion("pets", "1"), new ProjectVersion("pets", "2"));
        assertThat(site.service(new ProjectVersion("pets", "2")).orElseThrow().operations()).hasSize(1);
        assertThat(site.service(new ProjectVersion("empty", "1"))).isEmpty();
    }

    @Test
    void fragmentsFoundInASpecFolderAreNotServices() {
        ApiSite site = read(project("frag", "1", found("common.yaml"), found("schemas/flavor.yaml")));
        assertThat(site.services()).isEmpty();
        assertThat(site.diagnostics()).isEmpty();
    }

    @Test
    void yamlAliasesShareTheAnchoredValue() {
        ApiSite site = read(project("aliases", "1", named("aliases.yaml")));
        assertThat(site.diagnostics()).isEmpty();
        assertThat(only(site).operations()).allSatisfy(o ->
                assertThat(o.parameters()).extracting(Operation.Parameter::name).containsExactly("q"));
    }
}
