package io.shiftleft.pipeline.adapt;

import io.shiftleft.pipeline.adapt.YamlTree.MapNode;
import io.shiftleft.pipeline.adapt.YamlTree.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads target environments from a YAML file (by default {@code environments.yaml} in the project
 * root, next to shift_left's {@code config.yaml}, which stays shift_left's own):
 *
 * <pre>
 * environments:
 *   local:
 *     platform: apache-flink          # or confluent-cloud
 *     kafka:
 *       bootstrap-servers: 127.0.0.1:19092
 *       topic-pattern: "{table}"
 *       startup-mode: earliest-offset
 *     schema-registry:
 *       url: http://127.0.0.1:18085/apis/ccompat/v7
 *     format: avro-confluent          # or json
 * </pre>
 *
 * Every mistake is reported with its file, line and field. See {@code docs/sql-adaptation.md} for
 * every field.
 */
public final class EnvironmentsFile {

    /** The file looked for in a project's root. */
    public static final String FILE_NAME = "environments.yaml";

    private EnvironmentsFile() {}

    /**
     * The environments in effect: {@code explicit} if given (it must exist), else {@value
     * #FILE_NAME} in the project root when present, else the built-in ones.
     *
     * @throws EnvironmentConfigException when the file is missing, is not valid or defines a bad
     *     environment
     */
    public static Environments resolve(Path explicit, Path projectRoot) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new EnvironmentConfigException(
                        "Environments file " + explicit + " does not exist");
            }
            return load(explicit);
        }
        Path inProject = projectRoot == null ? null : projectRoot.resolve(FILE_NAME);
        return inProject != null && Files.isRegularFile(inProject)
                ? load(inProject)
                : Environments.builtIn();
    }

    /**
     * The environments of a file, with the built-in {@code local} unless the file defines one.
     *
     * @throws EnvironmentConfigException when the file is not valid, with file, line and field
     */
    public static Environments load(Path file) {
        Node root = YamlTree.read(file);
        String where = file.toString();
        if (!(root instanceof MapNode top)) {
            throw new EnvironmentConfigException(
                    where + ":" + root.line() + ": expected a mapping with 'environments'");
        }
        for (String key : top.entries().keySet()) {
            if (!key.equals("environments")) {
                throw new EnvironmentConfigException(
                        where
                                + ":"
                                + top.keyLines().get(key)
                                + ": "
                                + key
                                + ": unknown field (expected 'environments')");
            }
        }
        Map<String, TargetEnvironment> byName = new LinkedHashMap<>();
        Node environments = top.entries().get("environments");
        if (environments != null) {
            if (!(environments instanceof MapNode envs)) {
                throw new EnvironmentConfigException(
                        where
                                + ":"
                                + environments.line()
                                + ": environments: expected a mapping of environment names");
            }
            for (Map.Entry<String, Node> e : envs.entries().entrySet()) {
                EnvironmentReader reader =
                        new EnvironmentReader(
                                where,
                                "environments." + e.getKey(),
                                envs.keyLines().get(e.getKey()));
                byName.put(e.getKey(), reader.read(e.getKey(), e.getValue()));
            }
        }
        Set<String> defined = byName.keySet();
        if (!defined.contains("local")) {
            byName.put("local", TargetEnvironment.local());
        }
        return new Environments(byName, where);
    }
}
