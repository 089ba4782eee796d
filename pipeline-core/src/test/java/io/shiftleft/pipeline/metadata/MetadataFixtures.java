package io.shiftleft.pipeline.metadata;

import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Test files of {@code src/test/resources/metadata} and table nodes of the shift_left fixture. */
final class MetadataFixtures {

    private MetadataFixtures() {}

    static Path resource(String name) {
        try {
            return Path.of(MetadataFixtures.class.getResource("/metadata/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path folder, String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table of the fixture's {@code pipelines/<layer>/<product>/<folder>} with SQL files. */
    static TableNode node(
            String table,
            String product,
            TableType type,
            StateForm form,
            String layer,
            String folder,
            Set<String> parents,
            Set<String> children) {
        String path = "pipelines/" + layer + "/" + product + "/" + folder;
        return new TableNode(
                table,
                product,
                type,
                form,
                path,
                path + "/sql-scripts/ddl." + table + ".sql",
                path + "/sql-scripts/dml." + table + ".sql",
                null,
                parents,
                children);
    }
}
