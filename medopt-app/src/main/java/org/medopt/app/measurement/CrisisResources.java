package org.medopt.app.measurement;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a person can get help at once, shown the moment their answers raise a safety flag
 * ({@code medopt.crisis.resources}; the US defaults are in {@code application.yml}).
 */
@ConfigurationProperties("medopt.crisis")
public record CrisisResources(List<Resource> resources) {

    public CrisisResources {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /**
     * @param name who or what it is
     * @param how how to reach it and when, in plain words
     * @param link a {@code tel:} or {@code sms:} link a phone can follow, or null
     */
    public record Resource(String name, String how, String link) {
    }
}
