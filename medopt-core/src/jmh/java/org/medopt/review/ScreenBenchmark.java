package org.medopt.review;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** A screen of 100,000 synthetic persons on 2 threads, timed whole; goal 10 s or less. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ScreenBenchmark {

    private static final int PERSONS = 100_000;

    @Param({"shipped", "fixture"})
    public String knowledge;

    private MedicationReview review;
    private List<SyntheticPersons.Input> population;
    private ForkJoinPool twoThreads;

    @Setup
    public void setUp() {
        KnowledgeBase base = "shipped".equals(knowledge) ? KnowledgeBase.load() : Fixture.KNOWLEDGE;
        review = new MedicationReview(base);
        population = SyntheticPersons.population(base, PERSONS, 42L);
        twoThreads = new ForkJoinPool(2);
    }

    @TearDown
    public void tearDown() {
        twoThreads.shutdown();
    }

    /** Returns the number of findings, so the work cannot be optimised away. */
    @Benchmark
    public long screenHundredThousand() throws InterruptedException, ExecutionException {
        return twoThreads.submit(() -> population.parallelStream()
                .mapToLong(p -> review.review(p.medications(), p.person()).findings().size())
                .sum()).get();
    }
}
