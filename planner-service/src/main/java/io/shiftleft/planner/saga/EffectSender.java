package io.shiftleft.planner.saga;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the effects a plan transition recorded into stored emissions and outbox messages, inside
 * the transition's transaction. The commands to send are read in one query and the emissions
 * written in one batch, however many steps the transition started.
 */
@Component
class EffectSender {

    private static final Logger log = LoggerFactory.getLogger(EffectSender.class);

    private final SagaStore store;
    private final SagaMessages messages;
    private final SagaSettings settings;

    EffectSender(SagaStore store, SagaMessages messages, SagaSettings settings) {
        this.store = store;
        this.messages = messages;
        this.settings = settings;
    }

    /** Sends the plan's pending effects, in the order they were recorded. */
    void send(SagaPlan plan, Instant now) {
        PlanHeader header = plan.header();
        List<SagaEffect> effects = plan.drainEffects();
        Map<Long, SagaCommand> commands = commandsToSend(header.planId(), effects);
        List<Emission> emissions = new ArrayList<>();
        for (SagaEffect effect : effects) {
            if (effect instanceof SagaEffect.Send s) {
                SagaStep step = s.step();
                SagaCommand command = commands.get(key(step.index(), step.nextCommand()));
                if (command == null) {
                    throw new IllegalStateException(
                            "plan_command has no command "
                                    + step.nextCommand()
                                    + " of step "
                                    + step.index()
                                    + " of plan "
                                    + header.planId());
                }
                String id =
                        Emission.commandId(
                                header.planId(), step.index(), step.nextCommand(), step.attempt());
                emissions.add(
                        new Emission(
                                id,
                                header.planId(),
                                step.index(),
                                step.nextCommand(),
                                step.attempt(),
                                now,
                                now.plus(settings.deadline()),
                                null));
                messages.command(header, step, command, id, settings.commandTimeout());
            } else if (effect instanceof SagaEffect.Publish p) {
                messages.event(header, p);
                log.info(
                        "Plan {}: {}{}{}",
                        header.planId(),
                        p.type(),
                        p.step() == null ? "" : " " + p.step().tableName(),
                        p.detail() == null ? "" : " (" + p.detail() + ")");
            }
        }
        if (!emissions.isEmpty()) {
            store.emitted(emissions);
        }
    }

    private Map<Long, SagaCommand> commandsToSend(String planId, List<SagaEffect> effects) {
        List<SagaStep> sending = new ArrayList<>();
        for (SagaEffect effect : effects) {
            if (effect instanceof SagaEffect.Send s) {
                sending.add(s.step());
            }
        }
        Map<Long, SagaCommand> byKey = new HashMap<>();
        if (!sending.isEmpty()) {
            for (SagaCommand c : store.nextCommands(planId, sending)) {
                byKey.put(key(c.stepIndex(), c.commandIndex()), c);
            }
        }
        return byKey;
    }

    private static long key(int stepIndex, int commandIndex) {
        return ((long) stepIndex << 32) | (commandIndex & 0xffffffffL);
    }
}
