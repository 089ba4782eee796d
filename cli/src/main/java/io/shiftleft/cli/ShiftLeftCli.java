package io.shiftleft.cli;

import io.shiftleft.schemas.Topics;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Entry point of the {@code shift-left} command line. */
@Command(
        name = "shift-left",
        mixinStandardHelpOptions = true,
        versionProvider = ShiftLeftCli.Version.class,
        description = "Plan, deploy and watch Flink SQL pipelines.",
        subcommands = {
            ShiftLeftCli.TopicsCommand.class,
            DeployCommand.class,
            UndeployCommand.class,
            ProvisionCommand.class,
            ShiftLeftCli.TableGroup.class,
            ShiftLeftCli.PipelineGroup.class,
            GenerateCommand.class,
            BenchCommand.class
        })
public final class ShiftLeftCli implements Runnable {

    @Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ShiftLeftCli()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code table …} commands. */
    @Command(
            name = "table",
            mixinStandardHelpOptions = true,
            description = "Table commands.",
            subcommands = {MetadataCommands.BuildInventory.class})
    static final class TableGroup {}

    /** {@code pipeline …} commands. */
    @Command(
            name = "pipeline",
            mixinStandardHelpOptions = true,
            description =
                    "Pipeline commands: metadata, validation, reports, plans, SQL per environment.",
            subcommands = {
                MetadataCommands.BuildAll.class,
                BuildMetadataCommand.class,
                ValidateCommand.class,
                ReportCommand.class,
                PlanCommand.class,
                RenderCommand.class
            })
    static final class PipelineGroup {}

    /** Lists the Kafka topics of the contract under a prefix. */
    @Command(
            name = "topics",
            description = "List shift-left's Kafka topics and dead-letter topics.")
    static final class TopicsCommand implements Callable<Integer> {

        @Option(
                names = "--prefix",
                defaultValue = Topics.DEFAULT_PREFIX,
                description = "Topic prefix (default: ${DEFAULT-VALUE}).")
        String prefix;

        @Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Topics topics;
            try {
                topics = Topics.withPrefix(prefix);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--prefix: " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            for (String topic : topics.all()) {
                out.println(topic);
                out.println(Topics.deadLetterOf(topic));
            }
            return 0;
        }
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ShiftLeftCli.class.getPackage().getImplementationVersion();
            return new String[] {"shift-left " + (version == null ? "development build" : version)};
        }
    }
}
