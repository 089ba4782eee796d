package io.shiftleft.pipeline.cache;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.metadata.Complexity;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectMetadata;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inputs of each table's {@code pipeline_definition.json}, as one digest: the table's own entry
 * (name, product, type, files, folder, topic, complexity) and the entries of its direct parents and
 * children, which is everything {@link ProjectMetadata#definition} reads. Equal keys render equal
 * bytes (with the same code, which the stat index's fingerprint guarantees).
 */
final class DefinitionKeys {

    private final Project project;
    private final TableGraph graph;
    private final Map<String, byte[]> entries = new ConcurrentHashMap<>();

    DefinitionKeys(Project project) {
        this.project = project;
        this.graph = project.requireGraph();
    }

    /** The key of a table's definition. */
    byte[] of(String tableName) {
        TableNode node = graph.require(tableName);
        MessageDigest digest = Digests.sha256();
        digest.update(entry(node));
        digest.update((byte) 'P');
        for (String parent : new TreeSet<>(node.parents())) {
            digest.update(entry(graph.require(parent)));
        }
        digest.update((byte) 'C');
        for (String child : new TreeSet<>(node.children())) {
            digest.update(entry(graph.require(child)));
        }
        return digest.digest();
    }

    /** One key over the entries of several tables (the inventory's members), in name order. */
    byte[] ofAll(java.util.Collection<String> tableNames) {
        MessageDigest digest = Digests.sha256();
        for (String name : new TreeSet<>(tableNames)) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(entry(graph.require(name)));
        }
        return digest.digest();
    }

    private byte[] entry(TableNode node) {
        return entries.computeIfAbsent(node.tableName(), name -> digest(node));
    }

    private byte[] digest(TableNode node) {
        Complexity c = ProjectMetadata.complexity(project, node);
        StringBuilder text = new StringBuilder(256);
        for (Object field :
                new Object[] {
                    node.tableName(),
                    node.productName(),
                    node.type(),
                    node.dmlRef(),
                    node.ddlRef(),
                    node.folder(),
                    node.kafkaTopic(),
                    c
                }) {
            text.append(Objects.toString(field)).append('\u0000');
        }
        return Digests.sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
