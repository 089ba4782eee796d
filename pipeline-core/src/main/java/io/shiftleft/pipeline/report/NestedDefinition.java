package io.shiftleft.pipeline.report;

import io.shiftleft.pipeline.metadata.PipelineDefinitionFile;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * shift_left's nested report ({@link HierarchyReport#tree()}): JSON in the bytes of {@code
 * pipeline_definition.json} (3-space indent, fields in the file's order on every level), and the
 * same tree as YAML (block style, no document marker, one line per scalar, strings plain when they
 * cannot be read as anything else and double-quoted otherwise).
 */
final class NestedDefinition {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final YAMLMapper YAML =
            new YAMLMapper.Builder(
                            YAMLFactory.builder()
                                    .stringQuotingChecker(new PlainWhenUnambiguous())
                                    .build())
                    .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                    .disable(YAMLWriteFeature.SPLIT_LINES)
                    .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                    .build();

    private NestedDefinition() {}

    static String json(HierarchyReport report) {
        return PipelineDefinitionFile.toJson(report.tree()) + "\n";
    }

    static String yaml(HierarchyReport report) {
        JsonNode tree = JSON.readTree(PipelineDefinitionFile.toJson(report.tree()));
        return YAML.writeValueAsString(tree);
    }

    /**
     * Leaves a string unquoted only when it starts with a letter or {@code _}, holds nothing but
     * letters, digits and {@code _ . / -}, and is no YAML 1.1 or 1.2 keyword (so it can be neither
     * a number, nor a boolean, nor null, in either version); Jackson's own check lets strings such
     * as {@code 1e3} through unquoted, which read back as numbers.
     */
    static final class PlainWhenUnambiguous extends StringQuotingChecker {

        private static final long serialVersionUID = 1L;

        private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");

        private static final Set<String> KEYWORDS =
                Set.of("null", "true", "false", "yes", "no", "y", "n", "on", "off");

        @Override
        public boolean needToQuoteName(String name) {
            return StringQuotingChecker.Default.instance().needToQuoteName(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return !PLAIN.matcher(value).matches()
                    || KEYWORDS.contains(value.toLowerCase(Locale.ROOT));
        }
    }
}
