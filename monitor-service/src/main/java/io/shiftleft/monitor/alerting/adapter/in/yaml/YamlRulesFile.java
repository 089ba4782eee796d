package io.shiftleft.monitor.alerting.adapter.in.yaml;

import io.shiftleft.monitor.alerting.AlertProperties;
import io.shiftleft.monitor.alerting.AlertRule;
import io.shiftleft.monitor.alerting.InvalidRuleException;
import io.shiftleft.monitor.alerting.RuleProblem;
import io.shiftleft.monitor.alerting.RuleReader;
import io.shiftleft.monitor.alerting.RuleTree;
import io.shiftleft.monitor.alerting.RulesFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The rules file, read once when the monitor starts: a file that cannot be read, is not YAML or has
 * a bad rule stops the start, with every problem's file, line and field.
 */
@Component
class YamlRulesFile implements RulesFile {

    private final List<AlertRule> rules;

    YamlRulesFile(AlertProperties properties) {
        Path file = properties.rulesFile();
        this.rules = file == null ? List.of() : read(file);
    }

    @Override
    public List<AlertRule> rules() {
        return rules;
    }

    /**
     * The rules of a file.
     *
     * @throws InvalidRuleException when it is not YAML or a rule is bad, saying where
     * @throws UncheckedIOException when it cannot be read
     */
    static List<AlertRule> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(
                    new IOException(
                            "The alert rules file "
                                    + file.toAbsolutePath()
                                    + " (monitor.alerts.rules-file) does not exist or is not a"
                                    + " file"));
        }
        Node document;
        try (Reader reader = Files.newBufferedReader(file)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the alert rules file " + file + ": " + e.getMessage(), e);
        } catch (MarkedYAMLException e) {
            String at = file + (e.getProblemMark() == null ? "" : ":" + line(e));
            throw new InvalidRuleException(
                    file.toString(),
                    List.of(new RuleProblem(at, "", "not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new InvalidRuleException(
                    file.toString(),
                    List.of(
                            new RuleProblem(
                                    file.toString(), "", "not valid YAML: " + e.getMessage())));
        }
        List<RuleProblem> duplicates = new ArrayList<>();
        RuleTree tree =
                document == null
                        ? new RuleTree.Scalar(file + ":1", null)
                        : tree(file.toString(), document, "", duplicates);
        if (!duplicates.isEmpty()) {
            throw new InvalidRuleException(file.toString(), duplicates);
        }
        return RuleReader.file(file.toString(), tree);
    }

    private static int line(MarkedYAMLException e) {
        return e.getProblemMark().getLine() + 1;
    }

    private static RuleTree tree(String file, Node node, String path, List<RuleProblem> problems) {
        String at = file + ":" + (node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode m) {
            Map<String, RuleTree> entries = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key =
                        t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "(not a text key)";
                String keyAt = file + ":" + (t.getKeyNode().getStartMark().getLine() + 1);
                String field = path.isEmpty() ? key : path + "." + key;
                if (entries.containsKey(key)) {
                    problems.add(
                            new RuleProblem(keyAt, field, "is given twice in the same mapping"));
                }
                entries.put(key, tree(file, t.getValueNode(), field, problems));
            }
            return new RuleTree.Mapping(at, entries);
        }
        if (node instanceof SequenceNode s) {
            List<RuleTree> items = new ArrayList<>();
            for (Node n : s.getValue()) {
                items.add(tree(file, n, path + "[" + items.size() + "]", problems));
            }
            return new RuleTree.Sequence(at, items);
        }
        ScalarNode s = (ScalarNode) node;
        return new RuleTree.Scalar(at, scalar(s));
    }

    /**
     * The scalar's value by its resolved tag: null, a boolean, a whole number, a number, a text.
     */
    private static Object scalar(ScalarNode s) {
        String v = s.getValue();
        Tag tag = s.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(
                        List.of("true", "yes", "on", "y")
                                .contains(v.toLowerCase(java.util.Locale.ROOT)));
            }
            if (Tag.INT.equals(tag)) {
                return Long.decode(v.replace("_", ""));
            }
            if (Tag.FLOAT.equals(tag)) {
                return Double.valueOf(v.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return v; // a form Java does not read (sexagesimal, .inf): checked as text
        }
        return v;
    }
}
