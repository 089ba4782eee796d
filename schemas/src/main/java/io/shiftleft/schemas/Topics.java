package io.shiftleft.schemas;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The names of every shift-left topic, under one configurable prefix (default {@value
 * #DEFAULT_PREFIX}). Each topic has exactly one writing service, noted on its accessor.
 */
public final class Topics {

    /** Prefix used when none is configured. */
    public static final String DEFAULT_PREFIX = "shiftleft.";

    /** Suffix of the dead-letter topic of every consumed topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    public static final String DEPLOY_REQUESTS = "deploy-requests";
    public static final String DEPLOYMENT_COMMANDS = "deployment-commands";
    public static final String COMMAND_RESULTS = "command-results";
    public static final String DEPLOYMENT_EVENTS = "deployment-events";
    public static final String STATEMENT_STATUS = "statement-status";
    public static final String PIPELINE_EVENTS = "pipeline-events";

    private static final Pattern LEGAL_PREFIX = Pattern.compile("[a-zA-Z0-9._-]*");

    private final String prefix;

    private Topics(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!LEGAL_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "Topic prefix '"
                            + prefix
                            + "' may only contain ASCII letters, digits, '.', '_' and '-'");
        }
        this.prefix = prefix;
    }

    /** Topic names under the default prefix. */
    public static Topics withDefaultPrefix() {
        return new Topics(DEFAULT_PREFIX);
    }

    /** Topic names under the given prefix; an empty prefix is allowed. */
    public static Topics withPrefix(String prefix) {
        return new Topics(prefix);
    }

    public String prefix() {
        return prefix;
    }

    /** Deploy and undeploy requests; written by anyone, keyed by environment. */
    public String deployRequests() {
        return prefix + DEPLOY_REQUESTS;
    }

    /** One command per plan step; written by the planner, keyed by statement name. */
    public String deploymentCommands() {
        return prefix + DEPLOYMENT_COMMANDS;
    }

    /** Answers to commands; written by the deployer, keyed by plan id. */
    public String commandResults() {
        return prefix + COMMAND_RESULTS;
    }

    /** Public plan and deployment facts; written by the planner, keyed by plan id. */
    public String deploymentEvents() {
        return prefix + DEPLOYMENT_EVENTS;
    }

    /** Latest state per statement, compacted; written by the monitor, keyed by statement name. */
    public String statementStatus() {
        return prefix + STATEMENT_STATUS;
    }

    /** Public pipeline changes; written by the monitor, keyed by table name. */
    public String pipelineEvents() {
        return prefix + PIPELINE_EVENTS;
    }

    /** The dead-letter topic of a consumed topic. */
    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** Every topic, in the order of the architecture's contract table. */
    public List<String> all() {
        return List.of(
                deployRequests(),
                deploymentCommands(),
                commandResults(),
                deploymentEvents(),
                statementStatus(),
                pipelineEvents());
    }

    @Override
    public String toString() {
        return "Topics[prefix=" + prefix + "]";
    }
}
