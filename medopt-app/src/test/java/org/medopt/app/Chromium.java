package org.medopt.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (no browser download). A test that asks for it is
 * skipped where the machine has neither; {@code .ci/run} installs both, so CI always runs it.
 */
public final class Chromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Options for a phone-sized headless window that makes no requests of its own; skips the test without Chromium. */
    public static ChromeOptions options() {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER), "Debian chromium and chromium-driver are not installed");
        return new ChromeOptions().setBinary(BINARY.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=412,915");
    }

    public static ChromeDriver start(ChromeOptions options) {
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    /** Signs in on the sign-in page of the app at {@code origin} and waits until the home page is left open. */
    public static void signIn(WebDriver browser, String origin, String username) {
        browser.get(origin + "/signin");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo-password");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlMatches("/signin$")));
        if (browser.getCurrentUrl().endsWith("/signin/code")) {
            browser.findElement(By.id("code")).sendKeys(OneTimeCodes.nextFor(username, OneTimeCodes.DEMO_STAFF_KEY));
            browser.findElement(By.cssSelector("main button[type=submit]")).click();
        }
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }
}
