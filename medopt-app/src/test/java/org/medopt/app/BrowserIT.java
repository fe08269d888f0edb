package org.medopt.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A prescriber in a real browser: Debian's headless Chromium driven by Debian's chromedriver (no browser download).
 * Skipped where the machine has neither; {@code .ci/run} installs both, so CI always runs it.
 */
@MedOptIntegrationTest
@DisplayName("In a browser")
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort int port;
    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Debian chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=412,915");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("a prescriber signs in with password and one-time code, adds a medication to a person on their caseload and sees it listed")
    void prescriberAddsMedication() {
        String frequency = "at bedtime " + UUID.randomUUID().toString().substring(0, 6);
        browser.get("http://localhost:" + port + "/signin");
        browser.findElement(By.id("username")).sendKeys("prescriber");
        browser.findElement(By.id("password")).sendKeys("demo-password");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.titleContains("Sign-in code"));
        browser.findElement(By.id("code")).sendKeys(OneTimeCodes.nextFor("prescriber", OneTimeCodes.DEMO_STAFF_KEY));
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("My caseload"));
        browser.findElement(By.linkText("Harold Colwyn")).click();
        wait.until(ExpectedConditions.titleContains("Harold Colwyn"));
        browser.findElement(By.linkText("Add a medication")).click();

        wait.until(ExpectedConditions.titleContains("Add a medication"));
        browser.findElement(By.id("drugName")).sendKeys("mirtazapine");
        browser.findElement(By.id("dose")).sendKeys("7.5");
        new Select(browser.findElement(By.id("doseUnit"))).selectByValue("mg");
        browser.findElement(By.id("frequency")).sendKeys(frequency);
        browser.findElement(By.id("indication")).sendKeys("Sleep and appetite");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        wait.until(ExpectedConditions.titleContains("Harold Colwyn"));
        String current = browser.findElement(By.id("medications")).getText();
        assertThat(current).contains("mirtazapine").contains("7.5 mg " + frequency).contains("For: Sleep and appetite");
    }
}
