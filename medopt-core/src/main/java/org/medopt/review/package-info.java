/** Medication therapy review: a medication list and the person's context in, explained and cited findings out. */
package org.medopt.review;
