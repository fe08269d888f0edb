package org.medopt.review;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.medopt.knowledge.KnowledgeBase;

/**
 * The same two workloads as the JMH benchmarks, timed in CPU time of the threads doing the work as well as wall time.
 * On a machine shared with other builds, wall time measures the queue for the CPU; CPU time measures the review.
 * Run: {@code java -cp <test classpath> org.medopt.review.CpuTimeProbe} (docs/performance.md).
 */
public final class CpuTimeProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase knowledge = KnowledgeBase.load();
        MedicationReview review = new MedicationReview(knowledge);
        SyntheticPersons.Input input = SyntheticPersons.fifteenDrugs(knowledge);
        int findings = 0;
        for (int i = 0; i < 200_000; i++) {
            findings += review.review(input.medications(), input.person()).findings().size();
        }
        int runs = 200_000;
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            findings += review.review(input.medications(), input.person()).findings().size();
        }
        System.out.printf("15-drug review: %.1f us CPU, %.1f us wall per review (%d findings each)%n",
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1000.0 / runs, (System.nanoTime() - wall) / 1000.0 / runs,
                review.review(input.medications(), input.person()).findings().size());
        List<SyntheticPersons.Input> population = SyntheticPersons.population(knowledge, 100_000, 42L);
        ForkJoinPool twoThreads = new ForkJoinPool(2);
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            long cpuBefore = poolCpu();
            long total = twoThreads.submit(() -> population.parallelStream()
                    .mapToLong(p -> review.review(p.medications(), p.person()).findings().size()).sum()).get();
            System.out.printf("screen of 100,000 on 2 threads: %.2f s wall, %.2f s CPU in all threads, %d findings%n",
                    (System.nanoTime() - start) / 1e9, (poolCpu() - cpuBefore) / 1e9, total);
        }
        twoThreads.shutdown();
        System.out.println(findings > 0 ? "" : "no findings");
    }

    /** CPU time of every live thread, so the pool's workers are counted whichever they are. */
    private static long poolCpu() {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            total += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return total;
    }
}
