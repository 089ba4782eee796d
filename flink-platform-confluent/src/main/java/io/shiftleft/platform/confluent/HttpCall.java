package io.shiftleft.platform.confluent;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the adapter sends: method, URL, whose credentials, and a JSON body when there is one.
 *
 * @param method GET, POST, PUT, PATCH or DELETE
 * @param uri the full URL
 * @param credentials sent as Basic authentication
 * @param body the JSON body, empty for none
 * @param action what the request does, for messages ("Creating statement", "Listing pools")
 */
record HttpCall(
        String method, URI uri, Credentials credentials, Optional<String> body, String action) {

    HttpCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(action, "action");
    }

    static HttpCall get(URI uri, Credentials credentials, String action) {
        return new HttpCall("GET", uri, credentials, Optional.empty(), action);
    }

    static HttpCall delete(URI uri, Credentials credentials, String action) {
        return new HttpCall("DELETE", uri, credentials, Optional.empty(), action);
    }

    static HttpCall withBody(
            String method, URI uri, Credentials credentials, String body, String action) {
        return new HttpCall(method, uri, credentials, Optional.of(body), action);
    }

    /** "Creating statement (POST https://…/statements)": what and where, for messages. */
    String describe() {
        return action + " (" + method + " " + uri + ")";
    }
}
