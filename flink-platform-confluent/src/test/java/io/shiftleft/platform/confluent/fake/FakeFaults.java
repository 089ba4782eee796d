package io.shiftleft.platform.confluent.fake;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scripted misbehaviour: the next {@code times} requests of a method on a path (a regular
 * expression found in the path) are throttled, fail with a 5xx, are dropped before they are
 * handled, or are handled and then have their answer lost. Rules apply in the order given.
 */
public final class FakeFaults {

    /** What a rule does to a request it matches. */
    public enum Kind {
        /** 429, with {@code Retry-After} when the rule has one. */
        THROTTLE,
        /** The rule's 5xx status with an error body. */
        SERVER_ERROR,
        /** The connection is reset before the request is handled. */
        DROP,
        /** The request is handled (a create creates), then the connection is reset. */
        LOSE_RESPONSE,
        /** A 404, as a read that does not see a write yet would answer. */
        STALE_READ
    }

    /** One scripted fault. */
    record Rule(String method, Pattern path, Kind kind, int status, Optional<Integer> retryAfter) {}

    private final List<Rule> rules = new ArrayList<>();
    private final List<int[]> remaining = new ArrayList<>();

    /** 429s, with {@code Retry-After: seconds} when given. */
    public synchronized FakeFaults throttle(
            String method, String path, int times, Integer retryAfterSeconds) {
        return add(
                new Rule(
                        method,
                        Pattern.compile(path),
                        Kind.THROTTLE,
                        429,
                        Optional.ofNullable(retryAfterSeconds)),
                times);
    }

    /** 5xx answers (500, 502, 503, 504). */
    public synchronized FakeFaults serverError(String method, String path, int times, int status) {
        return add(
                new Rule(
                        method, Pattern.compile(path), Kind.SERVER_ERROR, status, Optional.empty()),
                times);
    }

    /** Connections reset before handling. */
    public synchronized FakeFaults drop(String method, String path, int times) {
        return add(new Rule(method, Pattern.compile(path), Kind.DROP, 0, Optional.empty()), times);
    }

    /** Requests handled, then their answers lost. */
    public synchronized FakeFaults loseResponse(String method, String path, int times) {
        return add(
                new Rule(method, Pattern.compile(path), Kind.LOSE_RESPONSE, 0, Optional.empty()),
                times);
    }

    /** 404s for things that exist: reads that lag behind a write. */
    public synchronized FakeFaults staleRead(String method, String path, int times) {
        return add(
                new Rule(method, Pattern.compile(path), Kind.STALE_READ, 404, Optional.empty()),
                times);
    }

    public synchronized void clear() {
        rules.clear();
        remaining.clear();
    }

    /** The rule for this request, used up by one. */
    synchronized Optional<Rule> next(FakeRequest request) {
        Iterator<Rule> r = rules.iterator();
        Iterator<int[]> left = remaining.iterator();
        while (r.hasNext()) {
            Rule rule = r.next();
            int[] count = left.next();
            if (rule.method().equals(request.method())
                    && rule.path().matcher(request.path()).find()) {
                if (--count[0] <= 0) {
                    r.remove();
                    left.remove();
                }
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private FakeFaults add(Rule rule, int times) {
        if (times > 0) {
            rules.add(rule);
            remaining.add(new int[] {times});
        }
        return this;
    }
}
