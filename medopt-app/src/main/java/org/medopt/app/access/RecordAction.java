package org.medopt.app.access;

/** What an actor wants to do with a person's record. */
public enum RecordAction {
    /** See demographics, care team and medication record. */
    READ,
    /** Register a person or change demographics. */
    EDIT_DEMOGRAPHICS,
    /** Add or change any medication entry, including prescriptions. */
    WRITE_MEDICATIONS,
    /** Record conditions, sex and pregnancy status, lab results and vital signs, and close them. */
    WRITE_CLINICAL_CONTEXT,
    /** Log care-management minutes (CoCM or general BHI time) for the monthly billing report. */
    LOG_CARE_MINUTES,
    /**
     * Start and end a person's collaborative-care episode, set the day of the next contact, put the person on the
     * psychiatric case-review list and record the psychiatric consultant's recommendation.
     */
    MANAGE_CARE_EPISODES,
    /**
     * Complete a rating instrument (PHQ-9, WHO-5 ...): the person in the portal, or a team member entering the
     * person's answers for them.
     */
    COMPLETE_INSTRUMENTS,
    /**
     * Write progress notes on the person's recovery goals, and write down a new goal together with the person; the
     * goal's words and status stay the person's to change.
     */
    WRITE_RECOVERY_NOTES,
    /**
     * Record what was done on a safety follow-up (after PHQ-9 item 9 or a positive C-SSRS screen), which closes it
     * or records an attempt: clinical staff on the team, not peer support, whose role is not clinical assessment.
     */
    RECORD_SAFETY_FOLLOW_UP,
    /** Add an over-the-counter, herbal or supplement entry the person reports. */
    ADD_SELF_REPORTED,
    /**
     * Write in the person's own words: their view of an entry (what it is for and how it is going), and their
     * recovery goals with progress notes.
     */
    WRITE_OWN_WORDS,
    /** Choose what sensitive records the care team may read; the person's alone. */
    CHOOSE_SHARING,
    /** See who opened or received the record and why (accounting of disclosures); the person's alone. */
    REVIEW_ACCESS,
    /** Ask for a correction of the record and disagree with a denial (45 CFR 164.526); the person's alone. */
    REQUEST_AMENDMENT
}
