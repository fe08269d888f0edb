/**
 * Measurement-based care: the rating instruments MedOpt offers (PHQ-9, GAD-7, WHO-5, QPR-15, the C-SSRS screener once
 * licensed, and MedOpt's own side-effect checklist), read from the cited, versioned {@code instruments.json}; scoring
 * of one set of answers and the change between a baseline and a follow-up. Every band, cut-off and rule cites its
 * source or is labelled MedOpt's own.
 */
package org.medopt.measurement;
