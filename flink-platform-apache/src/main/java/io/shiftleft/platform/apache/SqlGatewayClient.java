package io.shiftleft.platform.apache;

import io.shiftleft.platform.PlatformException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The SQL Gateway REST endpoint, one method per call: sessions, statements, operation status,
 * result pages, closing. Paths carry the pinned API version ({@code /v3/sessions/…}).
 */
final class SqlGatewayClient {

    private final JsonHttp http;
    private final URI base;
    private final String version;

    SqlGatewayClient(JsonHttp http, ApacheFlinkSettings settings) {
        this.http = http;
        this.base = settings.gatewayUrl();
        this.version = settings.gatewayApiVersion();
    }

    /** Opens a session and answers its handle. */
    String openSession(String sessionName, Map<String, String> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionName", sessionName);
        body.put("properties", properties);
        HttpReply reply =
                http.send("POST", uri("/sessions"), Optional.of(body), "Opening a session");
        return required(reply, "sessionHandle");
    }

    /**
     * Whether the gateway still has the session (it forgets idle ones and loses all on restart).
     */
    boolean sessionExists(String session) {
        return http.get(uri("/sessions/" + session), "Reading session " + session).ok();
    }

    /** Closes a session; a session already gone is not an error. */
    void closeSession(String session) {
        http.send("DELETE", uri("/sessions/" + session), Optional.empty(), "Closing a session");
    }

    /** Submits one statement and answers the operation's handle. */
    String executeStatement(String session, String sql, Map<String, String> executionConfig) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statement", sql);
        body.put("executionConfig", executionConfig);
        HttpReply reply =
                http.send(
                        "POST",
                        uri("/sessions/" + session + "/statements"),
                        Optional.of(body),
                        "Executing a statement");
        return required(reply, "operationHandle");
    }

    /** The operation's status word (INITIALIZED, PENDING, RUNNING, FINISHED, ERROR, …). */
    String operationStatus(OperationRef op) {
        HttpReply reply = http.get(uri(op.path() + "/status"), "Reading an operation's status");
        return required(reply, "status");
    }

    /**
     * One result page: the body as the gateway sent it.
     *
     * @throws PlatformException INVALID_REQUEST with Flink's message when the operation failed
     */
    JsonNode fetchResult(String statement, OperationRef op, String token) {
        HttpReply reply = fetchResultReply(op, token);
        if (!reply.ok()) {
            throw new PlatformException(
                    PlatformException.Reason.INVALID_REQUEST,
                    statement,
                    "Result page " + token + ": " + reply.failure());
        }
        return reply.body();
    }

    /** One result page as answered, failed or not (a failed operation answers its error). */
    HttpReply fetchResultReply(OperationRef op, String token) {
        return http.get(
                uri(op.path() + "/result/" + enc(token) + "?rowFormat=JSON"), "Fetching results");
    }

    /** Cancels a running operation (a streaming query's job stops with it). */
    void cancelOperation(OperationRef op) {
        http.send("POST", uri(op.path() + "/cancel"), Optional.empty(), "Cancelling an operation");
    }

    /** Releases an operation's resources; an operation already gone is not an error. */
    void closeOperation(OperationRef op) {
        http.send("DELETE", uri(op.path() + "/close"), Optional.empty(), "Closing an operation");
    }

    private URI uri(String path) {
        return URI.create(base + "/" + version + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String required(HttpReply reply, String field) {
        JsonNode value = reply.body().path(field);
        if (!reply.ok() || !value.isString()) {
            throw new PlatformException(
                    reply.status() >= 500 || reply.ok()
                            ? PlatformException.Reason.UNAVAILABLE
                            : PlatformException.Reason.INVALID_REQUEST,
                    null,
                    reply.ok()
                            ? reply.describe() + " answered without '" + field + "'"
                            : reply.failure());
        }
        return value.stringValue();
    }
}
