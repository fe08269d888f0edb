/**
 * FHIR R4 resources in, review findings out: the one converter from FHIR to the review engine's input that every
 * channel uses (the REST API, the command line and CDS Hooks), and the findings as JSON.
 */
package org.medopt.app.fhir;
