package org.medopt.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A prescriber in a real browser (see {@link Chromium}). */
@MedOptIntegrationTest
@DisplayName("In a browser")
class BrowserIT {

    @LocalServerPort int port;
    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(Chromium.options());
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
        Chromium.signIn(browser, "http://localhost:" + port, "prescriber");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
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

    @Test
    @DisplayName("the caseload search narrows the list as the prescriber types, without reloading the page")
    void searchAsYouType() {
        Chromium.signIn(browser, "http://localhost:" + port, "prescriber");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.titleContains("My caseload"));
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.loadedOnce = true");

        browser.findElement(By.id("q")).sendKeys("larch");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Harold Colwyn")));

        assertThat(browser.findElement(By.id("results")).getText()).contains("Dan Larchmont");
        assertThat(page.executeScript("return window.loadedOnce")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).endsWith("/caseload?q=larch");
    }
}
