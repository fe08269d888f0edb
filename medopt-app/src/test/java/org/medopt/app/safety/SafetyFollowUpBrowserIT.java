package org.medopt.app.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.Chromium;
import org.medopt.app.MedOptIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From the person's answer to the care team's follow-up, in a real browser on a phone-sized screen (see
 * {@link Chromium}): the demo person Daniel (Dan) Larchmont (portal account {@code person}), whose care team includes the
 * demo prescriber.
 */
@MedOptIntegrationTest
@DisplayName("Safety follow-up, end to end in a browser")
class SafetyFollowUpBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(Chromium.options());
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("a person answers PHQ-9 item 9 above 0 in the portal and sees 988 at once; a clinician on the team sees "
            + "the follow-up, records it, and it leaves the worklist")
    void fromAnswerToFollowUp() {
        String origin = "http://localhost:" + port;
        Chromium.signIn(browser, origin, "person");
        browser.findElement(By.linkText("My questionnaires")).click();
        wait.until(ExpectedConditions.titleContains("My questionnaires"));
        browser.findElement(By.linkText("Patient Health Questionnaire-9 (PHQ-9)")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.instrument")));
        for (int item = 1; item <= 8; item++) {
            answer("phq9-" + item, 1);
        }
        answer("phq9-9", 2);
        browser.findElement(By.cssSelector("form.instrument button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("/portal/measures/responses/"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("988", "Your care team has been told");
        assertThat(browser.findElement(By.cssSelector("a[href='tel:988']")).isDisplayed()).isTrue();
        long response = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/responses/(\\d+).*", "$1"));
        long followUp = jdbc.sql("select id from safety_follow_up where questionnaire_response_id = ?").param(response)
                .query(Long.class).single();
        signOut();

        Chromium.signIn(browser, origin, "prescriber");
        wait.until(ExpectedConditions.titleContains("My caseload"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("safety follow-up", "on your care teams");
        browser.findElement(By.linkText("Safety follow-ups")).click();
        wait.until(ExpectedConditions.titleContains("Safety follow-ups"));
        String card = "#follow-up-" + followUp;
        assertThat(browser.findElement(By.cssSelector(card)).getText()).contains("Dan Larchmont", "answered in the portal",
                "thoughts of death or self-harm: More than half the days (2)");
        browser.findElement(By.cssSelector(card + " .card-actions a")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record")));
        browser.findElement(By.id("action-spoke-with-person")).click();
        browser.findElement(By.id("action-risk-assessment")).click();
        browser.findElement(By.id("note")).sendKeys("Called him; no plan or intent; safety plan reviewed; seen Friday");
        browser.findElement(By.cssSelector("#record button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Closed by prescriber"));
        browser.findElement(By.linkText("← Safety follow-ups")).click();
        wait.until(ExpectedConditions.titleContains("Safety follow-ups"));
        assertThat(browser.findElements(By.cssSelector(card))).isEmpty();
    }

    private void answer(String item, int value) {
        browser.findElement(By.cssSelector("input[name='answers[" + item + "]'][value='" + value + "']")).click();
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form.signout button")).click();
        wait.until(ExpectedConditions.urlContains("/signin?signedout"));
    }
}
