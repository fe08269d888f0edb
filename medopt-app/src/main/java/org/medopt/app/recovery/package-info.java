/**
 * Recovery goals: goals the person sets in the life domains of their recovery, in their own words, with progress
 * notes by the person and their care team. The goals belong to the person: see {@link RecoveryGoalService}. Every
 * read and write asks the access policy and is audited.
 */
package org.medopt.app.recovery;
