package io.shiftleft.platform.confluent;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import java.io.IOException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Creates a statement exactly once, whatever the network does. A POST is never repeated blindly:
 * after a lost answer, a 5xx or a 429 it waits, reads the name, and posts again only when the
 * statement is not there. A statement of that name with the same SQL (a 409, or found by that read)
 * is the success of an earlier attempt; one with other SQL is a CONFLICT.
 */
final class Submitter {

    private final ConfluentHttp http;
    private final StatementsClient statements;
    private final StatementJson json;

    Submitter(ConfluentHttp http, StatementsClient statements, StatementJson json) {
        this.http = http;
        this.statements = statements;
        this.json = json;
    }

    StatementStatus submit(StatementSpec spec) {
        String name = spec.name();
        HttpCall post = statements.create(json.createBody(spec));
        Retries retries = http.retries(name);
        while (true) {
            HttpResult r;
            try {
                r = http.once(post);
            } catch (IOException e) {
                retries.after(post, e);
                Optional<StatementStatus> done = existing(spec, null);
                if (done.isPresent()) {
                    return done.get();
                }
                continue;
            } catch (InterruptedException e) {
                throw ConfluentHttp.interrupted(post, name, e);
            }
            if (r.isSuccess()) {
                return json.status(Json.read(r, name));
            }
            if (r.status() == 409) {
                Optional<StatementStatus> done = existing(spec, r);
                if (done.isPresent()) {
                    return done.get();
                }
                // Gone between the 409 and the read (a delete finishing): post again.
                retries.afterConflict(r);
                continue;
            }
            if (!r.isRetryable()) {
                throw ApiErrors.toException(r, name);
            }
            retries.after(r);
            Optional<StatementStatus> done = existing(spec, r);
            if (done.isPresent()) {
                return done.get();
            }
        }
    }

    /**
     * The statement of that name when it runs the same SQL; empty when there is none.
     *
     * @throws PlatformException CONFLICT when it runs other SQL
     */
    private Optional<StatementStatus> existing(StatementSpec spec, HttpResult cause) {
        Optional<JsonNode> current = statements.get(spec.name());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        StatementStatus status = json.status(current.get());
        String wanted = spec.sqlHash();
        if (status.sqlHash().equals(Optional.of(wanted))) {
            return Optional.of(status);
        }
        throw new PlatformException(
                Reason.CONFLICT,
                spec.name(),
                "A statement named "
                        + spec.name()
                        + " exists already in phase "
                        + status.rawPhase()
                        + " with other SQL (sha256 "
                        + status.sqlHash().map(h -> h.substring(0, 12)).orElse("unknown")
                        + ", submitted "
                        + wanted.substring(0, 12)
                        + "); the SQL of a statement cannot change: delete it or use a new name",
                cause == null ? null : cause.requestId().orElse(null),
                null);
    }
}
