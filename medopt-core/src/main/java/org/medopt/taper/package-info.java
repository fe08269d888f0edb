/**
 * Taper plans: a drug, its current dose and the products at hand in, dated steps down to zero with how to take each
 * dose out. Every clinical number the planner uses is cited beside it; MedOpt's own product choices are named as such.
 */
package org.medopt.taper;
