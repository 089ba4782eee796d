package io.shiftleft.deployer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the JobManager itself says about jobs, to check the deployer from outside. */
final class FlinkJobs {

    private static final Set<String> ENDED = Set.of("FINISHED", "CANCELED", "FAILED");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI restUrl;

    FlinkJobs(URI restUrl) {
        this.restUrl = restUrl;
    }

    /** The ids of the jobs of that name that have not ended. */
    List<String> active(String name) throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(restUrl + "/jobs/overview"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        for (JsonNode job : JSON.readTree(response.body()).path("jobs")) {
            if (job.path("name").asString().equals(name)
                    && !ENDED.contains(job.path("state").asString())) {
                ids.add(job.path("jid").asString());
            }
        }
        return ids;
    }
}
