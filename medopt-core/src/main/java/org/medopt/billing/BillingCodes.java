package org.medopt.billing;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medopt.knowledge.InvalidKnowledgeException;
import org.medopt.knowledge.KnowledgeSource;

/** The cited care-management billing codes and time rule, under the file's own version. */
public final class BillingCodes {

    /** The billing rules shipped with MedOpt. */
    public static final String DEFAULT_RESOURCE = "org/medopt/knowledge/care-management-billing.json";

    private final String version;
    private final TimeRule timeRule;
    private final Map<CodeRole, CodeRule> byRole;
    private final List<KnowledgeSource> sources;

    BillingCodes(String version, TimeRule timeRule, Map<CodeRole, CodeRule> byRole, List<KnowledgeSource> sources) {
        this.version = version;
        this.timeRule = timeRule;
        this.byRole = new EnumMap<>(byRole);
        this.sources = List.copyOf(sources);
    }

    /** Loads and validates the shipped file; fails naming file and entry. */
    public static BillingCodes load() {
        return load(DEFAULT_RESOURCE);
    }

    /** Loads and validates a billing file from the class path; fails naming file and entry. */
    public static BillingCodes load(String resource) {
        try (InputStream in = BillingCodes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidKnowledgeException(resource, "(file)", "not found on the class path");
            }
            return new BillingCodesReader(resource).read(in);
        } catch (IOException e) {
            throw new InvalidKnowledgeException(resource, "cannot be read", e);
        }
    }

    public String version() {
        return version;
    }

    public TimeRule timeRule() {
        return timeRule;
    }

    /** The code playing {@code role}; every role is present once loaded. */
    public CodeRule rule(CodeRole role) {
        return byRole.get(role);
    }

    /** Every code, in role order. */
    public List<CodeRule> rules() {
        return List.copyOf(byRole.values());
    }

    /** Every source the file defines. */
    public List<KnowledgeSource> sources() {
        return sources;
    }
}
