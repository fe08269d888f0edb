package org.medopt.app.person;

/**
 * Something a caseload line shows beside a person's name, from another feature.
 *
 * @param text what it says, complete without colour (e.g. "2 open critical findings")
 * @param link where it leads, a path in MedOpt
 * @param urgent whether it asks for attention soon; shown with a marker as well as colour
 */
public record CaseloadNote(String text, String link, boolean urgent) {
}
