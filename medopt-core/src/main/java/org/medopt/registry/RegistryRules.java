package org.medopt.registry;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medopt.knowledge.InvalidKnowledgeException;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.measurement.Change;
import org.medopt.measurement.Instrument;
import org.medopt.measurement.Instruments;

/** The collaborative-care registry's cited rules, under the file's own version. */
public final class RegistryRules {

    /** The registry rules shipped with MedOpt. */
    public static final String DEFAULT_RESOURCE = "org/medopt/knowledge/collaborative-care-registry.json";

    private final String version;
    private final NotImprovingRule notImproving;
    private final BaselineChoice baseline;
    private final List<NotJudged> notJudged;
    private final Guidance nextContact;
    private final List<KnowledgeSource> sources;

    RegistryRules(String version, NotImprovingRule notImproving, BaselineChoice baseline, List<NotJudged> notJudged,
            Guidance nextContact, List<KnowledgeSource> sources) {
        this.version = version;
        this.notImproving = notImproving;
        this.baseline = baseline;
        this.notJudged = List.copyOf(notJudged);
        this.nextContact = nextContact;
        this.sources = List.copyOf(sources);
    }

    /** Loads and validates the shipped file against {@code instruments}; fails naming file and entry. */
    public static RegistryRules load(Instruments instruments) {
        return load(DEFAULT_RESOURCE, instruments);
    }

    /** Loads and validates a registry file from the class path against {@code instruments}; fails naming file and entry. */
    public static RegistryRules load(String resource, Instruments instruments) {
        try (InputStream in = RegistryRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidKnowledgeException(resource, "(file)", "not found on the class path");
            }
            return new RegistryRulesReader(resource, instruments).read(in);
        } catch (IOException e) {
            throw new InvalidKnowledgeException(resource, "cannot be read", e);
        }
    }

    /**
     * The person's progress on {@code day} in an episode that started {@code episodeStart}, from their scores of the
     * rule's instrument (others are left out), with the baseline chosen as {@link #baseline()} says.
     */
    public Progress progress(LocalDate episodeStart, LocalDate day, List<DatedScore> scores) {
        List<DatedScore> own = of(notImproving.instrument(), scores);
        DatedScore first = baseline.baseline(own, episodeStart).orElse(null);
        DatedScore latest = first == null ? null : baseline.latest(own, first).orElse(null);
        Progress judged = notImproving.judge(episodeStart, day, first, latest);
        return new Progress(judged.status(), judged.weeksInTreatment(), judged.baseline(), judged.latest(),
                judged.change(), judged.explanation() + " Baseline (MedOpt's own choice): " + baseline.text());
    }

    /** The newest score of {@code instrument}, its baseline in the episode and the change between them. */
    public Trend trend(Instrument instrument, LocalDate episodeStart, List<DatedScore> scores) {
        List<DatedScore> own = of(instrument, scores);
        DatedScore newest = BaselineChoice.newest(own).orElse(null);
        Optional<DatedScore> first = baseline.baseline(own, episodeStart);
        Optional<DatedScore> latest = first.flatMap(b -> baseline.latest(own, b));
        if (latest.isEmpty()) {
            return new Trend(newest, first.orElse(null), null, null);
        }
        int before = first.get().total();
        int after = latest.get().total();
        Change change = instrument.changeRules().isPresent()
                ? Change.between(instrument, first.get().score(), latest.get().score()) : null;
        return new Trend(latest.get(), first.get(), Change.dropPercent(before, after), change);
    }

    private static List<DatedScore> of(Instrument instrument, List<DatedScore> scores) {
        return scores.stream().filter(s -> s.instrumentId().equals(instrument.id())).toList();
    }

    public String version() {
        return version;
    }

    public NotImprovingRule notImproving() {
        return notImproving;
    }

    public BaselineChoice baseline() {
        return baseline;
    }

    /** Why the registry judges no rule on {@code instrumentId}'s scores, where the file says. */
    public Optional<NotJudged> notJudged(String instrumentId) {
        return notJudged.stream().filter(n -> n.instrumentId().equals(instrumentId)).findFirst();
    }

    /** What the registry shows beside the next contact's day, which the care manager sets. */
    public Guidance nextContact() {
        return nextContact;
    }

    /** Every source the file defines. */
    public List<KnowledgeSource> sources() {
        return sources;
    }
}
