package org.medopt.app.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.medopt.app.measurement.InstrumentForm;
import org.medopt.app.measurement.MeasurementService;
import org.medopt.app.registry.CareEpisodeService;
import org.medopt.app.registry.CaseReviewRequest;
import org.medopt.app.registry.CaseReviewService;
import org.medopt.app.registry.EpisodeStart;
import org.springframework.stereotype.Component;

/**
 * The demo's collaborative-care registry: three persons in CoCM with the demo care manager, their PHQ-9 and GAD-7
 * entered week by week as if from paper forms. Marcus Pinecrest improves (PHQ-9 18 to 8), Walter Ashcombe does not
 * (19 to 17 after 8 weeks, so the rule suggests case review; his next contact is due today), and Peggy (Margaret) Fairleigh, three weeks in, is on the
 * case-review list as a new person. Entered through the same services as anyone's.
 */
@Component
class DemoRegistry {

    private static final Map<String, Course> COURSES = Map.of(
            "Pinecrest", new Course(12, 14, weeks(0, 18, 4, 12, 10, 8), weeks(0, 15, 10, 7), null),
            "Ashcombe", new Course(10, 0, weeks(0, 19, 4, 18, 8, 17), weeks(0, 12, 8, 11), null),
            "Fairleigh", new Course(3, 3, weeks(0, 22, 2, 20), weeks(0, 9), "New to the caseload with a baseline PHQ-9 of 22: "
                    + "please review the starting plan."));
    private static final int PHQ9_SCORED_ITEMS = 8;
    private static final int GAD7_ITEMS = 7;

    private final CareEpisodeService episodes;
    private final CaseReviewService caseReviews;
    private final MeasurementService measures;

    DemoRegistry(CareEpisodeService episodes, CaseReviewService caseReviews, MeasurementService measures) {
        this.episodes = episodes;
        this.caseReviews = caseReviews;
        this.measures = measures;
    }

    /** Whether the demo person of that family name is in collaborative care. */
    boolean follows(String familyName) {
        return COURSES.containsKey(familyName);
    }

    /** As the care manager: the person's episode, their scores, and their place on the case-review list. */
    long enrol(long personId, String familyName, LocalDate today) {
        Course course = COURSES.get(familyName);
        LocalDate start = today.minusWeeks(course.weeksAgo());
        long episode = episodes.start(personId, new EpisodeStart("cocm", start, today.plusDays(course.nextContactInDays()), null));
        course.phq9().forEach((week, total) -> record(personId, "phq-9", "phq9-", PHQ9_SCORED_ITEMS, start.plusWeeks(week),
                total));
        course.gad7().forEach((week, total) -> record(personId, "gad-7", "gad7-", GAD7_ITEMS, start.plusWeeks(week),
                total));
        if (course.caseReviewReason() != null) {
            caseReviews.add(personId, new CaseReviewRequest(course.caseReviewReason()));
        }
        return episode;
    }

    /**
     * Answers adding up to {@code total}, spread over the first {@code items} items at most 3 each; the PHQ-9's ninth
     * item (thoughts of self-harm) is left at 0, so the demo sets off no safety flag.
     */
    private void record(long personId, String instrument, String itemPrefix, int items, LocalDate day, int total) {
        InstrumentForm form = new InstrumentForm();
        int left = total;
        for (int item = 1; item <= items; item++) {
            int remaining = items - item + 1;
            int answer = Math.min(3, (left + remaining - 1) / remaining);
            form.getAnswers().put(itemPrefix + item, String.valueOf(answer));
            left -= answer;
        }
        if (instrument.equals("phq-9")) {
            form.getAnswers().put("phq9-9", "0");
        }
        form.setCompletedOn(day.toString());
        measures.record(personId, instrument, form);
    }

    private static Map<Integer, Integer> weeks(int... weekAndTotal) {
        Map<Integer, Integer> byWeek = new TreeMap<>();
        for (int i = 0; i < weekAndTotal.length; i += 2) {
            byWeek.put(weekAndTotal[i], weekAndTotal[i + 1]);
        }
        return byWeek;
    }

    /** Weeks since the episode started, days to the next contact, and each instrument's total by week of the episode. */
    private record Course(int weeksAgo, int nextContactInDays, Map<Integer, Integer> phq9, Map<Integer, Integer> gad7, String caseReviewReason) {
    }
}
