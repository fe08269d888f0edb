package org.medopt.app.safety;

import org.medopt.app.person.Person;

/**
 * An open safety follow-up on the worklist, with the person it is for.
 *
 * @param mayRecord whether the reader may record a follow-up on it (not peer support, who read it)
 */
public record WorklistLine(SafetyFollowUp followUp, Person person, boolean mayRecord) {
}
