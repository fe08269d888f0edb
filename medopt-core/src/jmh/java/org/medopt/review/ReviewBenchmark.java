package org.medopt.review;

import java.util.concurrent.TimeUnit;
import org.medopt.knowledge.KnowledgeBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One review of a 15-drug list with a person's conditions and labs, single-threaded; goal 50 µs or less. Measured on
 * the shipped knowledge base and on the test fixture, whose drugs carry the per-drug facts the shipped catalog is
 * still gathering (so more rules fire there).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ReviewBenchmark {

    @Param({"shipped", "fixture"})
    public String knowledge;

    private MedicationReview review;
    private SyntheticPersons.Input input;

    @Setup
    public void setUp() {
        KnowledgeBase base = "shipped".equals(knowledge) ? KnowledgeBase.load() : Fixture.KNOWLEDGE;
        review = new MedicationReview(base);
        input = SyntheticPersons.fifteenDrugs(base);
    }

    @Benchmark
    public ReviewResult reviewFifteenDrugs() {
        return review.review(input.medications(), input.person());
    }
}
