package io.shiftleft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The keys of a shift_left {@code config.yaml} that offline planning needs: {@code
 * kafka.cluster_type} and {@code confluent_cloud.region} (statement names), {@code
 * app.accepted_common_products} (where a restart cascade may always go) and {@code
 * flink.compute_pool_id} (the default pool). Missing keys are empty; secrets are never read.
 *
 * @param clusterType environment prefix of statement names, or empty
 * @param region region abbreviated in statement names, or empty
 * @param acceptedCommonProducts products a cascade may always enter, or empty when not set
 * @param computePoolId default compute pool, or empty
 */
record ShiftLeftConfig(
        Optional<String> clusterType,
        Optional<String> region,
        Optional<List<String>> acceptedCommonProducts,
        Optional<String> computePoolId) {

    /** shift_left's default for {@code app.accepted_common_products}. */
    static final List<String> DEFAULT_COMMON_PRODUCTS = List.of("common", "seeds");

    static final ShiftLeftConfig NONE =
            new ShiftLeftConfig(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * The configuration shift_left would use: {@code explicit} if given, else {@code
     * $SL_CONFIG_FILE}, else {@code $CONFIG_FILE}, else {@code config.yaml} in the project root
     * when it exists; none at all is fine.
     *
     * @throws IllegalArgumentException when a named file is missing or is not valid YAML
     */
    static ShiftLeftConfig resolve(Path explicit, Path projectRoot, Map<String, String> env) {
        Path file = explicit;
        if (file == null) {
            for (String variable : List.of("SL_CONFIG_FILE", "CONFIG_FILE")) {
                String value = env.get(variable);
                if (value != null && !value.isBlank()) {
                    file = Path.of(value);
                    break;
                }
            }
        }
        if (file == null) {
            Path inProject = projectRoot.resolve("config.yaml");
            return Files.isRegularFile(inProject) ? load(inProject) : NONE;
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Configuration file " + file + " does not exist");
        }
        return load(file);
    }

    static ShiftLeftConfig load(Path file) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(
                    file
                            + (line > 0 ? ":" + line : "")
                            + ": not valid YAML: "
                            + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return NONE;
        }
        return new ShiftLeftConfig(
                text(root.path("kafka").path("cluster_type")),
                text(root.path("confluent_cloud").path("region")),
                list(root.path("app").path("accepted_common_products")),
                text(root.path("flink").path("compute_pool_id")));
    }

    private static Optional<String> text(JsonNode node) {
        if (!node.isValueNode() || node.isNull()) {
            return Optional.empty();
        }
        String value = node.asString().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<List<String>> list(JsonNode node) {
        if (!node.isArray()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        node.forEach(n -> values.add(n.asString()));
        return Optional.of(List.copyOf(values));
    }
}
