/** Value types of a personal medication record, shared by the app, the review engine and the CLI. */
package org.medopt.medication;
