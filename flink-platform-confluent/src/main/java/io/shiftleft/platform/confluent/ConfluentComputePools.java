package io.shiftleft.platform.confluent;

import io.shiftleft.platform.ComputePool;
import io.shiftleft.platform.ComputePools;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compute pools over {@code /fcpm/v2/compute-pools} with the Cloud API key: list (all pages), get,
 * create (202; a lost answer is reconciled by display name before posting again), update of {@code
 * max_cfu}, delete (204, and 404 is fine).
 */
final class ConfluentComputePools implements ComputePools {

    private static final Pattern DISPLAY_NAME = Pattern.compile("[0-9A-Za-z-][\\w.-]{0,63}");

    private final ConfluentHttp http;
    private final ConfluentSettings settings;
    private final URI collection;

    ConfluentComputePools(ConfluentHttp http, ConfluentSettings settings) {
        this.http = http;
        this.settings = settings;
        this.collection = URI.create(settings.cloudApiBaseUrl() + "/fcpm/v2/compute-pools");
    }

    @Override
    public List<ComputePool> list(Optional<String> region) {
        Credentials cloud = credentials(null, "Listing compute pools");
        StringBuilder query =
                new StringBuilder("?environment=")
                        .append(encode(settings.environmentId()))
                        .append("&page_size=")
                        .append(settings.pageSize());
        region.ifPresent(r -> query.append("&spec.region=").append(encode(r)));
        List<ComputePool> pools = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        Optional<URI> next = Optional.of(URI.create(collection + query.toString()));
        while (next.isPresent() && seen.add(next.get())) {
            HttpResult r =
                    http.send(HttpCall.get(next.get(), cloud, "Listing compute pools"), null);
            JsonNode page = success(r, null);
            page.path("data").forEach(p -> pools.add(pool(p)));
            next = ConfluentHttp.nextLink(r, page, null);
        }
        return pools;
    }

    @Override
    public Optional<ComputePool> get(String id) {
        HttpCall call =
                HttpCall.get(
                        pool(id, true),
                        credentials(id, "Reading compute pool"),
                        "Reading compute pool");
        HttpResult r = http.send(call, id);
        return r.status() == 404 ? Optional.empty() : Optional.of(pool(success(r, id)));
    }

    @Override
    public ComputePool create(String name, int maxCfu, String cloud, String region) {
        if (name == null || !DISPLAY_NAME.matcher(name).matches() || maxCfu < 1) {
            throw new PlatformException(
                    Reason.INVALID_REQUEST,
                    name,
                    "A compute pool needs a display name of 1 to 64 letters, digits, '-', '_' or"
                            + " '.' and a positive max CFU; got '"
                            + name
                            + "' and "
                            + maxCfu);
        }
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(region, "region");
        ObjectNode body = Json.object();
        ObjectNode spec = body.putObject("spec");
        spec.put("display_name", name);
        spec.put("cloud", cloud);
        spec.put("region", region);
        spec.put("max_cfu", maxCfu);
        spec.putObject("environment").put("id", settings.environmentId());
        HttpCall post =
                HttpCall.withBody(
                        "POST",
                        collection,
                        credentials(name, "Creating compute pool"),
                        Json.write(body),
                        "Creating compute pool");
        Retries retries = http.retries(name);
        while (true) {
            try {
                HttpResult r = http.once(post);
                if (r.isSuccess()) {
                    return pool(Json.read(r, name));
                }
                if (r.status() == 409) {
                    return named(name, cloud, region)
                            .orElseThrow(() -> ApiErrors.toException(r, name));
                }
                if (!r.isRetryable()) {
                    throw ApiErrors.toException(r, name);
                }
                retries.after(r);
            } catch (IOException e) {
                retries.after(post, e);
            } catch (InterruptedException e) {
                throw ConfluentHttp.interrupted(post, name, e);
            }
            // The create may have happened with its answer lost: look before posting again.
            Optional<ComputePool> created = named(name, cloud, region);
            if (created.isPresent()) {
                return created.get();
            }
        }
    }

    @Override
    public ComputePool updateMaxCfu(String id, int maxCfu) {
        ObjectNode body = Json.object();
        ObjectNode spec = body.putObject("spec");
        spec.putObject("environment").put("id", settings.environmentId());
        spec.put("max_cfu", maxCfu);
        HttpCall call =
                HttpCall.withBody(
                        "PATCH",
                        pool(id, false),
                        credentials(id, "Updating compute pool"),
                        Json.write(body),
                        "Updating compute pool");
        return pool(success(http.send(call, id), id));
    }

    @Override
    public void delete(String id) {
        HttpCall call =
                HttpCall.delete(
                        pool(id, true),
                        credentials(id, "Deleting compute pool"),
                        "Deleting compute pool");
        HttpResult r = http.send(call, id);
        if (r.status() != 404 && !r.isSuccess()) {
            throw ApiErrors.toException(r, id);
        }
    }

    private Optional<ComputePool> named(String name, String cloud, String region) {
        return list(Optional.of(region)).stream()
                .filter(p -> p.name().equals(name) && p.cloud().equalsIgnoreCase(cloud))
                .findFirst();
    }

    static ComputePool pool(JsonNode p) {
        JsonNode spec = p.path("spec");
        JsonNode status = p.path("status");
        return new ComputePool(
                p.path("id").asString(""),
                spec.path("display_name").asString(""),
                status.path("phase").asString(""),
                status.path("current_cfu").asInt(0),
                spec.path("max_cfu").asInt(0),
                spec.path("cloud").asString(""),
                spec.path("region").asString(""));
    }

    private URI pool(String id, boolean withEnvironment) {
        if (id == null || id.isBlank()) {
            throw new PlatformException(
                    Reason.INVALID_REQUEST, id, "A compute pool id is required");
        }
        String uri = collection + "/" + encode(id);
        return URI.create(
                withEnvironment ? uri + "?environment=" + encode(settings.environmentId()) : uri);
    }

    private Credentials credentials(String subject, String action) {
        return ConfluentMetrics.cloudCredentials(settings, subject, action);
    }

    private static JsonNode success(HttpResult r, String subject) {
        if (!r.isSuccess()) {
            throw ApiErrors.toException(r, subject);
        }
        return Json.read(r, subject);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
