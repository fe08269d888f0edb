package org.medopt.measurement;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.medopt.knowledge.InvalidKnowledgeException;
import org.medopt.knowledge.KnowledgeSource;

/** The cited rating instruments MedOpt offers, under their own version. */
public final class Instruments {

    /** The instruments shipped with MedOpt. */
    public static final String DEFAULT_RESOURCE = "org/medopt/knowledge/instruments.json";

    private final String version;
    private final List<Instrument> instruments;
    private final List<KnowledgeSource> sources;

    Instruments(String version, List<Instrument> instruments, List<KnowledgeSource> sources) {
        this.version = version;
        this.instruments = List.copyOf(instruments);
        this.sources = List.copyOf(sources);
    }

    /** Loads and validates the shipped instruments; fails naming file and entry. */
    public static Instruments load() {
        return load(DEFAULT_RESOURCE);
    }

    /** Loads and validates an instruments file from the class path; fails naming file and entry. */
    public static Instruments load(String resource) {
        try (InputStream in = Instruments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidKnowledgeException(resource, "(file)", "not found on the class path");
            }
            return new InstrumentsReader(resource).read(in);
        } catch (IOException e) {
            throw new InvalidKnowledgeException(resource, "cannot be read", e);
        }
    }

    public String version() {
        return version;
    }

    /** Every instrument, in file order, including those that need a licence before use. */
    public List<Instrument> all() {
        return instruments;
    }

    public Optional<Instrument> find(String id) {
        return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The instrument called {@code id}; fails naming the known ids. */
    public Instrument get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no instrument '" + id + "'; known: "
                + instruments.stream().map(Instrument::id).toList()));
    }

    /** Every source the file defines. */
    public List<KnowledgeSource> sources() {
        return sources;
    }
}
