package org.medopt.app.chart;

/**
 * A drawn chart, worked out once for a page that shows both of its forms.
 *
 * @param svg the SVG markup, safe to insert unescaped: every text in it is escaped
 * @param summary the same content in sentences for those who cannot see the chart, a line each where it has several
 */
public record Drawing(String svg, String summary) {
}
