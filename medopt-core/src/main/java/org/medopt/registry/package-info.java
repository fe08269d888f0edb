/**
 * The collaborative-care registry's clinical rules: which PHQ-9 is a person's baseline in a care episode, and whether,
 * after the cited number of weeks, the latest PHQ-9 shows the improvement the cited rule asks for, or the person should
 * be brought to psychiatric case review. The rules are data ({@code collaborative-care-registry.json}), each with its
 * sources; response and remission are judged by the instrument's own cited change rules
 * ({@link org.medopt.measurement.Change}).
 */
package org.medopt.registry;
