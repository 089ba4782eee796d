package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.nio.file.Path;
import java.util.Set;

/**
 * The path rules of shift_left's layout, on paths relative to the folder that contains {@code
 * pipelines/}: the layer is the first segment under {@code pipelines/} that names a layer (so the
 * data-product variant {@code pipelines/<data product>/<layer>/…} works too), never a substring of
 * the absolute path; the product is the folder right above the table folder unless that folder is a
 * layer or the root.
 */
public final class ProjectLayout {

    private static final Set<String> PRODUCTLESS_PARENTS =
            Set.of("facts", "intermediates", "sources", "dimensions", "views");

    private ProjectLayout() {}

    /** The table type of a table folder, e.g. {@code pipelines/facts/p1/fct_order} is a fact. */
    public static TableType typeOf(Path relativeTableFolder) {
        for (int i = 1; i < relativeTableFolder.getNameCount() - 1; i++) {
            TableType type = TableType.fromLayerFolder(relativeTableFolder.getName(i).toString());
            if (type != TableType.UNKNOWN) {
                return type;
            }
        }
        return TableType.UNKNOWN;
    }

    /** The product of a table folder, or {@code "None"}. */
    public static String productOf(Path relativeTableFolder) {
        int count = relativeTableFolder.getNameCount();
        if (count < 3) {
            return TableNode.NO_PRODUCT;
        }
        String parent = relativeTableFolder.getName(count - 2).toString();
        if (PRODUCTLESS_PARENTS.contains(parent)
                || parent.equals(relativeTableFolder.getName(0).toString())) {
            return TableNode.NO_PRODUCT;
        }
        return parent;
    }

    /** A path as shift_left stores it: forward slashes, relative. */
    public static String ref(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
