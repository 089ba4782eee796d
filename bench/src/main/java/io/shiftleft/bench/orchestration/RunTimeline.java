package io.shiftleft.bench.orchestration;

import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.DeploymentEvent;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * What one plan's run left in the two services' databases, read after the run: when each command
 * was emitted (the planner's transaction), published (the planner's outbox relay had the broker's
 * acknowledgement), received, taken by a worker and done (the deployer's log), when its result was
 * published (the deployer's outbox) and when the planner applied it. Every time comes from the
 * services' own clocks on this machine. Outbox rows are those after the marks taken before the run;
 * their Avro payloads are decoded here, as the relay does, to match them to commands.
 *
 * @param status the plan's final status
 * @param commands every command emitted, in emission order
 * @param steps every step that acted (skipped steps left out)
 * @param lastEvent type of the planner's last published event
 * @param lastEventSent when the last event was published
 */
record RunTimeline(
        String status,
        List<CommandTimes> commands,
        List<StepTimes> steps,
        String lastEvent,
        Instant lastEventSent) {

    /** One command's life, across both services. */
    record CommandTimes(
            String commandId,
            String action,
            int step,
            Instant emitted,
            Instant published,
            Instant received,
            Instant acting,
            Instant done,
            Instant resultPublished,
            Instant answered,
            String outcome) {}

    /** One acting step: when it started and finished, and its wave. */
    record StepTimes(int index, int wave, String state, Instant started, Instant finished) {}

    /** The highest outbox ids of both services, taken before a run. */
    record Marks(long planner, long deployer) {

        static Marks take(Connection planner, Connection deployer) throws SQLException {
            return new Marks(
                    maxId(planner, "planner.outbox_message"),
                    maxId(deployer, "deployer.outbox_message"));
        }

        private static long maxId(Connection c, String table) throws SQLException {
            try (PreparedStatement s =
                            c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Reads the run of {@code planId}. */
    static RunTimeline read(Connection planner, Connection deployer, String planId, Marks marks)
            throws SQLException {
        Map<String, Instant> commandSent = new HashMap<>();
        String lastEvent = null;
        Instant lastEventSent = null;
        try (PreparedStatement s =
                planner.prepareStatement(
                        "SELECT value_type, value_bytes, sent_at FROM planner.outbox_message"
                                + " WHERE id > ? ORDER BY id")) {
            s.setLong(1, marks.planner());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    Instant sent = instant(rs.getTimestamp(3));
                    if (type.equals(DeploymentCommand.class.getName())) {
                        DeploymentCommand c = decode(DeploymentCommand.class, rs.getBytes(2));
                        commandSent.put(c.getCommandId(), sent);
                    } else if (type.equals(DeploymentEvent.class.getName())) {
                        DeploymentEvent e = decode(DeploymentEvent.class, rs.getBytes(2));
                        if (planId.equals(e.getPlanId())) {
                            lastEvent = e.getType().name();
                            lastEventSent = sent;
                        }
                    }
                }
            }
        }
        Map<String, Instant> resultSent = new HashMap<>();
        try (PreparedStatement s =
                deployer.prepareStatement(
                        "SELECT value_type, value_bytes, sent_at FROM deployer.outbox_message"
                                + " WHERE id > ? ORDER BY id")) {
            s.setLong(1, marks.deployer());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals(CommandResult.class.getName())) {
                        CommandResult r = decode(CommandResult.class, rs.getBytes(2));
                        resultSent.put(r.getCommandId(), instant(rs.getTimestamp(3)));
                    }
                }
            }
        }
        Map<String, Instant[]> acted = new HashMap<>();
        try (PreparedStatement s =
                deployer.prepareStatement(
                        "SELECT command_id, received_at, started_at, finished_at FROM"
                                + " deployer.command WHERE plan_id = ?")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    acted.put(
                            rs.getString(1),
                            new Instant[] {
                                instant(rs.getTimestamp(2)),
                                instant(rs.getTimestamp(3)),
                                instant(rs.getTimestamp(4))
                            });
                }
            }
        }
        List<CommandTimes> commands = new ArrayList<>();
        try (PreparedStatement s =
                planner.prepareStatement(
                        "SELECT e.command_id, c.action, e.step_index, e.emitted_at,"
                                + " e.answered_at, e.outcome FROM planner.command_emission e JOIN"
                                + " planner.plan_command c ON c.plan_id = e.plan_id AND"
                                + " c.step_index = e.step_index AND c.command_index ="
                                + " e.command_index WHERE e.plan_id = ? ORDER BY e.emitted_at")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Instant[] d = acted.getOrDefault(id, new Instant[3]);
                    commands.add(
                            new CommandTimes(
                                    id,
                                    rs.getString(2),
                                    rs.getInt(3),
                                    instant(rs.getTimestamp(4)),
                                    commandSent.get(id),
                                    d[0],
                                    d[1],
                                    d[2],
                                    resultSent.get(id),
                                    instant(rs.getTimestamp(5)),
                                    rs.getString(6)));
                }
            }
        }
        List<StepTimes> steps = new ArrayList<>();
        try (PreparedStatement s =
                planner.prepareStatement(
                        "SELECT step_index, wave, state, started_at, finished_at FROM"
                                + " planner.plan_step WHERE plan_id = ? AND state <> 'SKIPPED'"
                                + " ORDER BY step_index")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    steps.add(
                            new StepTimes(
                                    rs.getInt(1),
                                    rs.getInt(2),
                                    rs.getString(3),
                                    instant(rs.getTimestamp(4)),
                                    instant(rs.getTimestamp(5))));
                }
            }
        }
        return new RunTimeline(
                PlannerApi.status(planner, planId), commands, steps, lastEvent, lastEventSent);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static <T extends SpecificRecord> T decode(Class<T> type, byte[] bytes) {
        try {
            return new SpecificDatumReader<>(type)
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        } catch (IOException e) {
            throw new IllegalStateException("An outbox row is not a " + type.getSimpleName(), e);
        }
    }
}
