package org.medopt.app;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the running app over real HTTP, for what MockMvc does not show: the container's error pages and the
 * cookies it sets. Keeps the session cookie by hand, since Java's cookie store sends no Secure cookie over plain
 * http, and sends each form with the CSRF token of the page read last, as a browser would.
 */
public final class HttpVisitor {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("^(JSESSIONID=[^;]+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String origin;
    private String sessionCookie;
    private String csrfToken;

    public HttpVisitor(int port) {
        this.origin = "http://localhost:" + port;
    }

    /** Signs in on the sign-in page, with the one-time code when asked; answers the last form's response. */
    public HttpResponse<String> signIn(String username) throws IOException, InterruptedException {
        get("/signin");
        HttpResponse<String> signedIn = post("/signin", Map.of("username", username, "password", "demo-password"));
        if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/signin/code")) {
            return signedIn;
        }
        get("/signin/code");
        return post("/signin/code", Map.of("code", OneTimeCodes.nextFor(username, OneTimeCodes.DEMO_STAFF_KEY)));
    }

    /** Asks for a page, as a browser does. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "text/html").GET());
    }

    /** Sends a form with the CSRF token of the page read last. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            form.put("_csrf", csrfToken);
        }
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request to the API with HTTP Basic credentials and the demo staff key's current one-time code. */
    public HttpRequest.Builder api(String path, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request(path).header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                .header("X-MedOpt-TOTP", OneTimeCodes.codeFor(OneTimeCodes.DEMO_STAFF_KEY, Instant.now().getEpochSecond() / 30));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(origin + path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .forEach(cookie -> sessionCookie = cookie.group(1));
        Matcher token = CSRF_TOKEN.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
