package io.shiftleft.bench.orchestration;

import io.shiftleft.platform.confluent.fake.FakeConfluentCloud;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line settings of the two services. Every run deploys to an environment of its own
 * ({@code w1}, {@code w2} … for warm-ups, {@code r1}, {@code r2} … for measured runs), all on the
 * same project and the same fake: statement names start with the environment's name, so each run
 * creates statements nobody knows yet, although the planner learns from {@code statement-status}
 * what earlier runs left running.
 */
final class ServiceArguments {

    private ServiceArguments() {}

    /** The environment of the {@code n}-th warm-up (from 1). */
    static String warmup(int n) {
        return "w" + n;
    }

    /** The environment of the {@code n}-th measured run (from 1). */
    static String measured(int n) {
        return "r" + n;
    }

    /** Every environment the options need. */
    static List<String> environments(BenchOptions options) {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= options.warmups(); i++) {
            all.add(warmup(i));
        }
        for (int i = 1; i <= options.parallel().size() * options.runs(); i++) {
            all.add(measured(i));
        }
        return all;
    }

    static List<String> planner(BenchOptions options, BenchServers servers, Path project) {
        List<String> args = common(options, servers, "planner");
        for (String env : environments(options)) {
            String e = "--planner.environments." + env;
            args.add(e + ".project-path=" + project);
            args.add(e + ".max-parallel=" + options.maxParallel());
        }
        return args;
    }

    static List<String> deployer(BenchOptions options, BenchServers servers) {
        List<String> args = common(options, servers, "deployer");
        args.add("--deployer.workers=" + options.workers());
        String cloud = servers.cloud().baseUrl().toString();
        for (String env : environments(options)) {
            String p = "--deployer.platforms." + env;
            args.add(p + ".kind=confluent-cloud");
            args.add(p + ".confluent.organization-id=" + FakeConfluentCloud.ORG);
            args.add(p + ".confluent.environment-id=" + FakeConfluentCloud.ENV);
            args.add(p + ".confluent.statements-url=" + cloud);
            args.add(p + ".confluent.cloud-api-url=" + cloud);
            args.add(p + ".confluent.metrics-api-url=" + cloud);
            args.add(p + ".confluent.flink-api-key=" + FakeConfluentCloud.FLINK_KEY.key());
            args.add(p + ".confluent.flink-api-secret=" + FakeConfluentCloud.FLINK_KEY.secret());
        }
        return args;
    }

    private static List<String> common(BenchOptions options, BenchServers servers, String service) {
        List<String> args = new ArrayList<>();
        args.add("--spring.kafka.bootstrap-servers=" + servers.bootstrapServers());
        args.add("--spring.kafka.properties.schema.registry.url=" + servers.registryUrl());
        args.add("--spring.datasource.url=" + servers.jdbcUrl(service));
        args.add("--spring.datasource.username=postgres");
        args.add("--spring.datasource.password=postgres");
        args.addAll(options.serviceArgs());
        return args;
    }
}
