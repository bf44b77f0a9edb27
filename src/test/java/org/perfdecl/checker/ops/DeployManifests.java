package org.perfdecl.checker.ops;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes manifests of deploy/, read strictly into the Kubernetes API types (fabric8's model of
 * the API server's own schema): an unknown or misplaced field, a value of the wrong type (a number
 * where the API wants a string, "2" where it wants an integer), a duplicated key, or a kind/apiVersion
 * the manifests do not use is a problem naming the file and the field — what {@code kubectl apply}
 * would refuse, found without a cluster.
 */
final class DeployManifests {

    /** The kinds deploy/ uses, each with the one apiVersion current clusters serve for it. */
    static final Map<String, Map.Entry<String, Class<? extends HasMetadata>>> KINDS = Map.of(
            "Deployment", Map.entry("apps/v1", Deployment.class),
            "Service", Map.entry("v1", Service.class),
            "ConfigMap", Map.entry("v1", ConfigMap.class),
            "Secret", Map.entry("v1", Secret.class),
            "HorizontalPodAutoscaler", Map.entry("autoscaling/v2", HorizontalPodAutoscaler.class),
            "PodDisruptionBudget", Map.entry("policy/v1", PodDisruptionBudget.class));

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * fabric8 keeps unknown fields in an "additional properties" map; taking that away makes Jackson
     * refuse them, with the path to the field.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // the API server takes no number or boolean where it wants a string (an env value, a label)
            .withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                                                             BeanDeserializerBuilder builder) {
                    if (bean.getBeanClass().getName().startsWith("io.fabric8.")) {
                        builder.setAnySetter(null);
                        builder.setIgnoreUnknownProperties(false);
                    }
                    return builder;
                }
            }))
            .build();

    private DeployManifests() {
    }

    /** One YAML document of a file, read as the API type of its kind, or the problem that stopped it. */
    record Document(String file, int index, HasMetadata resource, String problem, JsonNode tree) {
    }

    /**
     * The documents of a manifest file. {@code patch} allows what a kustomize strategic-merge patch
     * adds to a manifest: {@code $patch} directives, dropped before the strict read.
     */
    static List<Document> read(String file, String text, boolean patch) {
        List<Document> documents = new ArrayList<>();
        List<JsonNode> trees = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(text)) {
            while (docs.hasNext()) {
                JsonNode tree = docs.next();
                if (tree != null && !tree.isNull() && !tree.isMissingNode()) {
                    trees.add(tree);
                }
            }
        } catch (RuntimeException e) {
            documents.add(new Document(file, 0, null, file + ": not YAML: " + firstLine(e.getMessage()), null));
            return documents;
        }
        for (int i = 0; i < trees.size(); i++) {
            documents.add(read(file, i, trees.get(i), patch ? withoutPatchDirectives(trees.get(i)) : trees.get(i)));
        }
        return documents;
    }

    private static Document read(String file, int index, JsonNode raw, JsonNode tree) {
        String where = file + (index > 0 ? " (document " + (index + 1) + ")" : "");
        String kind = tree.path("kind").asString("");
        String apiVersion = tree.path("apiVersion").asString("");
        var type = KINDS.get(kind);
        if (type == null) {
            return new Document(file, index, null, where + ": kind '" + kind + "' is not one deploy/ uses " + KINDS.keySet(), raw);
        }
        if (!type.getKey().equals(apiVersion)) {
            return new Document(file, index, null, where + ": " + kind + " is served as apiVersion "
                    + type.getKey() + ", not '" + apiVersion + "'", raw);
        }
        try {
            return new Document(file, index, STRICT.readValue(tree.toString(), type.getValue()), null, raw);
        } catch (Exception e) {
            return new Document(file, index, null, where + ": " + kind + " does not match the Kubernetes API: "
                    + firstLine(e.getMessage()) + " at " + path(e), raw);
        }
    }

    private static String path(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            StringBuilder path = new StringBuilder();
            for (var ref : m.getPath()) {
                path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            return path.isEmpty() ? "(top)" : path.substring(1);
        }
        return "(unknown)";
    }

    private static JsonNode withoutPatchDirectives(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator(); fields.hasNext(); ) {
                var field = fields.next();
                if (!field.getKey().startsWith("$patch") && !field.getKey().startsWith("$setElementOrder")) {
                    copy.set(field.getKey(), withoutPatchDirectives(field.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = YAML.createArrayNode();
            node.forEach(item -> copy.add(withoutPatchDirectives(item)));
            return copy;
        }
        return node;
    }

    /** A kustomization file, as a plain tree (it is kustomize's, not the API server's). */
    static Map<String, Object> readKustomization(String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = YAML.readValue(text, LinkedHashMap.class);
        return tree;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
