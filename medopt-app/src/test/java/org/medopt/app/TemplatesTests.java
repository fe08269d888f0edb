package org.medopt.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Content-Security-Policy lets a page run only the app's own script files and apply only its own stylesheet, so
 * inline code in a template would silently stop working in the browser. This finds it before a browser does.
 */
@DisplayName("Page templates")
class TemplatesTests {

    private static final Map<String, Pattern> INLINE_CODE = Map.of(
            "a style attribute", Pattern.compile("\\s(?:th:|data-)?style\\s*=", Pattern.CASE_INSENSITIVE),
            "a <style> block", Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE),
            "an event-handler attribute", Pattern.compile("\\s(?:th:|data-)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            "an hx-on attribute", Pattern.compile("\\s(?:data-)?hx-on", Pattern.CASE_INSENSITIVE),
            "an inline script", Pattern.compile("<script(?![^>]*\\bsrc\\s*=)[^>]*>", Pattern.CASE_INSENSITIVE),
            "a javascript: URL", Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

    @Test
    @DisplayName("no template has inline script, inline style or event-handler attributes, which the CSP would block")
    void noInlineCode() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        List<String> found = new ArrayList<>();
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            inlineCodeIn(html).forEach(kind -> found.add(template.getFilename() + ": " + kind));
        }
        assertThat(templates).as("templates read").hasSizeGreaterThan(10);
        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p style=\"color: red\">", "<p th:style=\"${x}\">", "<style>p {}</style>",
            "<button onclick=\"go()\">", "<a th:onclick=\"|go()|\">", "<form hx-on:submit=\"go()\">",
            "<div data-hx-on::after-request=\"go()\">", "<script>go()</script>", "<a href=\"javascript:go()\">"})
    @DisplayName("the check recognises each kind of inline code")
    void recognisesInlineCode(String html) {
        assertThat(inlineCodeIn(html)).isNotEmpty();
    }

    @Test
    @DisplayName("the check lets script files, classes and ordinary attributes through")
    void passesOwnFiles() {
        assertThat(inlineCodeIn("<script th:src=\"@{/webjars/htmx.org/dist/htmx.min.js}\" defer></script>"
                + "<p class=\"notice\" title=\"stored on\" hx-get=\"/caseload\">Someone = on time</p>")).isEmpty();
    }

    private static List<String> inlineCodeIn(String html) {
        return INLINE_CODE.entrySet().stream().filter(kind -> kind.getValue().matcher(html).find()).map(Map.Entry::getKey).toList();
    }
}
