package org.medopt.taper;

import java.util.concurrent.TimeUnit;
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
 * One taper plan, single-threaded; goal 1 ms or less. Measured on the planner tests' fixture drugs (the shipped
 * catalog's occupancy curves and equivalences are still being researched): a hyperbolic citalopram plan with a
 * compounded liquid (about 30 steps), a proportional paroxetine plan split over two dose times, and a lorazepam plan
 * that switches to diazepam first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TaperPlanBenchmark {

    @Param({"hyperbolic-citalopram", "proportional-paroxetine-split", "lorazepam-to-diazepam"})
    public String plan;

    private TaperRequest request;

    @Setup
    public void setUp() {
        request = switch (plan) {
            case "hyperbolic-citalopram" -> TaperFixture.request(TaperFixture.CITALOPRAM, "40")
                    .compounded(TaperFixture.mg("0.1")).build();
            case "proportional-paroxetine-split" -> TaperFixture.request(TaperFixture.PAROXETINE, "30")
                    .method(TaperMethod.PROPORTIONAL).compounded(TaperFixture.mg("0.3"))
                    .takenAs(Administration.of("morning", "20"), Administration.of("evening", "10")).build();
            default -> TaperFixture.request(TaperFixture.LORAZEPAM, "3").switchToDiazepam()
                    .takenAs(Administration.of("morning", "1"), Administration.of("afternoon", "1"),
                            Administration.of("evening", "1")).build();
        };
    }

    @Benchmark
    public TaperPlan planOne() {
        return TaperFixture.PLANNER.plan(request);
    }
}
