package org.parcours.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.Map;

/**
 * One JSON builder factory for the web tier. {@code Json.createObjectBuilder()} looks the JSON provider up through
 * the class loader on every call, which costs more than the chart it builds; a results page builds dozens.
 */
public final class JsonBuilders {

    public static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private JsonBuilders() {
    }
}
