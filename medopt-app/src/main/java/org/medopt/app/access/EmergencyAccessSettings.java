package org.medopt.app.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long emergency access lasts once granted ({@code medopt.emergency-access.duration}, default one hour). */
@ConfigurationProperties("medopt.emergency-access")
public record EmergencyAccessSettings(@DefaultValue("60m") Duration duration) {
}
