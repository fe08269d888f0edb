package org.medopt.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Walks the pages each demo role can reach by following links, in a real browser that logs every request it makes
 * (Chromium's performance log, which needs no DevTools artifact) and every console message.
 */
@MedOptIntegrationTest
@DisplayName("Crawling the pages in a browser")
class BrowserCrawlIT {

    private static final int MAX_DEPTH = 4;
    /** Pages of one kind (the same path but for record ids) differ only in data; a few of each show every kind. */
    private static final int PAGES_PER_KIND = 2;

    private final ObjectMapper json = new ObjectMapper();
    private final List<URI> requested = new ArrayList<>();
    private final List<String> pagesWithoutPolicy = new ArrayList<>();
    private final List<String> console = new ArrayList<>();

    @LocalServerPort int port;
    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = Chromium.options();
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        browser = Chromium.start(options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "signed in as {0}")
    @ValueSource(strings = {"prescriber", "pharmacist", "peer", "caremanager", "admin", "person", "teen"})
    @DisplayName("every page reachable by links loads only from the app itself, carries the content security policy, "
            + "and breaks none of it")
    void crawl(String username) {
        String origin = "http://localhost:" + port;
        Chromium.signIn(browser, origin, username);
        List<String> loaded = crawlFrom(browser.getCurrentUrl(), origin);
        signOut();
        readLogs();

        assertThat(loaded).as("pages loaded").hasSizeGreaterThan(1);
        assertThat(requested).as("the app's stylesheet and htmx were requested, so the log is complete")
                .anyMatch(uri -> uri.getPath().endsWith("/medopt.css")).anyMatch(uri -> uri.getPath().endsWith("/htmx.min.js"));
        assertThat(requested).as("requests to anywhere but the app")
                .allSatisfy(uri -> assertThat(uri.getScheme() + "://" + uri.getAuthority()).isEqualTo(origin));
        assertThat(pagesWithoutPolicy).as("pages without a Content-Security-Policy header").isEmpty();
        assertThat(console).as("content security policy violations in the console")
                .noneMatch(message -> message.contains("Content Security Policy"));
    }

    /** Breadth first, GET only: links are followed, forms never sent. */
    private List<String> crawlFrom(String start, String origin) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> pagesOfKind = new HashMap<>();
        List<String> loaded = new ArrayList<>();
        Queue<Link> queue = new ArrayDeque<>(List.of(new Link(start, 0)));
        while (!queue.isEmpty()) {
            Link link = queue.remove();
            if (!seen.add(link.url()) || pagesOfKind.merge(kind(link.url()), 1, Integer::sum) > PAGES_PER_KIND) {
                continue;
            }
            browser.get(link.url());
            loaded.add(link.url());
            readLogs();
            if (link.depth() < MAX_DEPTH) {
                for (WebElement anchor : browser.findElements(By.cssSelector("a[href]"))) {
                    String target = withoutFragment(anchor.getDomProperty("href"));
                    if (target.startsWith(origin + "/")) {
                        queue.add(new Link(target, link.depth() + 1));
                    }
                }
            }
        }
        return loaded;
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form.signout button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/signin?signedout"));
    }

    /**
     * Drains the browser's logs: each request's URL, each page's headers, each console message. {@code data:} URLs,
     * such as Chromium's own date-picker icon and the blank page a new window starts on, never leave the browser.
     */
    private void readLogs() {
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = readJson(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    URI url = URI.create(params.path("request").path("url").asText());
                    if (!"data".equals(url.getScheme())) {
                        requested.add(url);
                    }
                }
                case "Network.responseReceived" -> {
                    JsonNode response = params.path("response");
                    String url = response.path("url").asText();
                    boolean page = params.path("type").asText().equals("Document") && !url.startsWith("data:");
                    if (page && !hasPolicy(response.path("headers"))) {
                        pagesWithoutPolicy.add(url);
                    }
                }
                default -> { }
            }
        }
        browser.manage().logs().get(LogType.BROWSER).forEach(entry -> console.add(entry.getMessage()));
    }

    private static boolean hasPolicy(JsonNode headers) {
        return headers.properties().stream().anyMatch(header -> header.getKey().equalsIgnoreCase("Content-Security-Policy"));
    }

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chromium wrote a log entry that is not JSON: " + text, e);
        }
    }

    /** The path with record ids blanked: /persons/12/medications/3 and /persons/40/medications/7 are one kind. */
    private static String kind(String url) {
        return URI.create(url).getPath().replaceAll("/\\d+", "/{id}");
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private record Link(String url, int depth) {
    }
}
