/**
 * What the server-drawn SVG charts share (the taper dose chart, the measurement trends): a drawing with its text
 * alternative, the time axis and the way they write text, dates and coordinates. Charts have no script and no inline
 * style, which the content security policy forbids.
 */
package org.medopt.app.chart;
