package io.shiftleft.platform.confluent.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The WireMock extension behind the fake: every request goes through here, meets the scripted
 * faults, is checked for the right credentials, and is answered by the API it belongs to, with an
 * {@code X-Request-Id} on every answer.
 */
final class FakeApiTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-confluent-cloud";

    private final FakeConfluentCloud cloud;
    private final AtomicLong requestIds = new AtomicLong();

    FakeApiTransformer(FakeConfluentCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest logged = event.getRequest();
        FakeRequest request =
                FakeRequest.of(
                        logged.getMethod().getName(),
                        logged.getAbsoluteUrl(),
                        logged.getBodyAsString(),
                        logged.getHeader("Authorization"));
        cloud.record(request);
        String requestId = "req-" + requestIds.incrementAndGet();
        Optional<FakeFaults.Rule> fault = cloud.faults().next(request);
        FakeResponse response;
        if (fault.isPresent() && fault.get().kind() != FakeFaults.Kind.LOSE_RESPONSE) {
            response = faulty(fault.get());
        } else {
            response = cloud.answer(request);
            if (fault.isPresent()) {
                response = FakeResponse.dropped();
            }
        }
        return render(response, requestId);
    }

    private static FakeResponse faulty(FakeFaults.Rule rule) {
        return switch (rule.kind()) {
            case THROTTLE -> {
                FakeResponse r = FakeResponse.error(429, "too_many_requests", "Too Many Requests");
                yield rule.retryAfter()
                        .map(s -> r.withHeader("Retry-After", Integer.toString(s)))
                        .orElse(r);
            }
            case SERVER_ERROR ->
                    FakeResponse.error(
                            rule.status(), "internal_error", "Something went wrong on our side");
            case STALE_READ -> FakeResponse.error(404, "not_found", "The resource was not found");
            default -> FakeResponse.dropped();
        };
    }

    private static ResponseDefinition render(FakeResponse response, String requestId) {
        if (response.drop()) {
            return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        ResponseDefinitionBuilder b =
                aResponse().withStatus(response.status()).withHeader("X-Request-Id", requestId);
        response.headers().forEach(b::withHeader);
        if (!response.body().isEmpty()) {
            b.withHeader("Content-Type", "application/json").withBody(response.body());
        }
        return b.build();
    }
}
