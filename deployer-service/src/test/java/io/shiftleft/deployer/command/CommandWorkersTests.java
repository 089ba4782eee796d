package io.shiftleft.deployer.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.deployer.DeployerProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workers keep the order of one statement's commands and run other statements alongside. */
class CommandWorkersTests {

    private final CommandWorkers workers =
            new CommandWorkers(
                    new DeployerProperties(
                            Map.of(),
                            4,
                            100,
                            Duration.ofMinutes(1),
                            new DeployerProperties.Polling(
                                    Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30))));

    @AfterEach
    void stop() throws InterruptedException {
        workers.destroy();
    }

    @Test
    void runsTheCommandsOfOneStatementInOrderWhileOthersRunAlongside() throws Exception {
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch other = new CountDownLatch(1);

        workers.submit("a", "a1", () -> await(release, done, "a1"));
        workers.submit("a", "a2", () -> done.add("a2"));
        workers.submit(
                "b",
                "b1",
                () -> {
                    done.add("b1");
                    other.countDown();
                });

        assertThat(other.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(done).containsExactly("b1");
        release.countDown();
        awaitSize(done, 3);
        assertThat(done).containsExactly("b1", "a1", "a2");
    }

    @Test
    void queuesACommandIdOnceAtATimeAndGoesOnAfterAFailure() throws Exception {
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);

        boolean first = workers.submit("s", "c1", () -> await(release, done, "c1"));
        boolean again = workers.submit("s", "c1", () -> done.add("c1 again"));
        workers.submit(
                "s",
                "c2",
                () -> {
                    throw new IllegalStateException("boom");
                });
        workers.submit("s", "c3", () -> done.add("c3"));
        release.countDown();
        awaitSize(done, 2);

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(done).containsExactly("c1", "c3");
        assertThat(acceptedWithin(() -> workers.submit("s", "c1", () -> done.add("c1 later"))))
                .isTrue();
    }

    private static void await(CountDownLatch latch, List<String> done, String name) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        done.add(name);
    }

    /**
     * Whether the submit is accepted within 5 s (the first c1 leaves the queue just after it ran).
     */
    private static boolean acceptedWithin(BooleanSupplier submit) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (submit.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static void awaitSize(List<String> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
