package org.medopt.app.chart;

import static org.medopt.app.chart.ChartText.escape;

/**
 * The root element every chart starts with: it scales to its container's width ({@code viewBox}, width 100%), and a
 * screen reader announces it as one image named by its title and described by its summary.
 */
public final class SvgRoot {

    private SvgRoot() {
    }

    /**
     * The opened {@code <svg>} with its {@code <title>} and {@code <desc>}, for the caller to draw in and close.
     *
     * @param name the chart's class, and the prefix of its title's and description's ids
     */
    public static StringBuilder open(String name, int width, int height, String title, String summary) {
        return new StringBuilder(4096)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(name).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" role=\"img\" ")
                .append("aria-labelledby=\"").append(name).append("-title ").append(name)
                .append("-desc\" font-family=\"sans-serif\" font-size=\"11\">")
                .append("<title id=\"").append(name).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(name).append("-desc\">").append(escape(summary)).append("</desc>");
    }
}
