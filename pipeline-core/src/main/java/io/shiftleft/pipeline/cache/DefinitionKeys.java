package io.shiftleft.pipeline.cache;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.metadata.Complexity;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectMetadata;
import java.nio.charset.StandardCharsets;
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

    /**
     * 128-bit MurmurHash3: the keys only tell whether a file must be rendered again, against
     * accidental change, not an adversary, and SHA-256 cost a tenth of the unchanged run.
     */
    private static final HashFunction HASH = Hashing.murmur3_128();

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
        Hasher digest = HASH.newHasher();
        digest.putBytes(entry(node));
        digest.putByte((byte) 'P');
        for (String parent : node.parents()) {
            digest.putBytes(entry(graph.require(parent)));
        }
        digest.putByte((byte) 'C');
        for (String child : node.children()) {
            digest.putBytes(entry(graph.require(child)));
        }
        return digest.hash().asBytes();
    }

    /** One key over the entries of several tables (the inventory's members), in name order. */
    byte[] ofAll(java.util.Collection<String> tableNames) {
        Hasher digest = HASH.newHasher();
        for (String name : new TreeSet<>(tableNames)) {
            digest.putString(name, StandardCharsets.UTF_8);
            digest.putBytes(entry(graph.require(name)));
        }
        return digest.hash().asBytes();
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
        return HASH.hashString(text, StandardCharsets.UTF_8).asBytes();
    }
}
