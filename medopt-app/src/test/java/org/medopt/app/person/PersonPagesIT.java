package org.medopt.app.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@MedOptIntegrationTest
@DisplayName("Caseload and person pages")
class PersonPagesIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @Test
    @DisplayName("the sign-in page is open to everyone, and every other page sends a stranger to it")
    void signInFirst() throws Exception {
        mvc.perform(get("/signin")).andExpect(status().isOk()).andExpect(content().string(containsString("Sign in to MedOpt")));
        mvc.perform(get("/caseload")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/signin"));
    }

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource({"prescriber, /caseload", "person, /portal", "admin, /admin"})
    @DisplayName("the front door sends each role to its home page")
    void homeByRole(String username, String home) throws Exception {
        mvc.perform(get("/").with(signedIn.as(username))).andExpect(redirectedUrl(home));
    }

    @Test
    @DisplayName("my caseload lists the persons on my care teams and no one else's")
    void caseloadIsMine() throws Exception {
        mvc.perform(get("/caseload").with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(view().name("person/caseload"))
                .andExpect(content().string(allOf(containsString("Dan Larchmont"), not(containsString("Tomas Yarrow")))));
        mvc.perform(get("/caseload").with(signedIn.as("prescriber2")))
                .andExpect(content().string(allOf(containsString("Tomas Yarrow"), not(containsString("Dan Larchmont")))));
    }

    @ParameterizedTest(name = "HX-Request {0} renders {1}")
    @CsvSource({"false, person/caseload", "true, person/caseload :: results"})
    @DisplayName("a search from htmx gets only the results fragment; a plain request gets the whole page")
    void htmxSearchGetsFragment(boolean htmx, String viewName) throws Exception {
        var request = get("/caseload").param("q", "larch").with(signedIn.as("prescriber"));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        mvc.perform(request).andExpect(view().name(viewName))
                .andExpect(content().string(allOf(containsString("Dan Larchmont"), not(containsString("Maplewood")))));
    }

    @Test
    @DisplayName("the overview shows current and past medications, a not-in-catalog mark, and the care team")
    void overview() throws Exception {
        long omar = personNamed("Northgate");
        mvc.perform(get("/persons/" + omar).with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("clozapine"), containsString("docusate"),
                        containsString("not in catalog"), containsString("Casey Peer"), containsString("Current medications"))));
    }

    @Test
    @DisplayName("registering a person with a future birth date shows the message at the field and saves nothing")
    void registerRejectsFutureBirthDate() throws Exception {
        String family = "Page-" + UUID.randomUUID();
        mvc.perform(post("/persons/new").with(signedIn.as("prescriber")).with(csrf())
                        .param("legalGivenName", "Ann").param("legalFamilyName", family).param("birthDate", "2999-01-01")
                        .param("preferredLanguage", "English").param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(view().name("person/form"))
                .andExpect(content().string(allOf(containsString("the date of birth cannot be in the future"),
                        containsString("value=\"" + family + "\""))));
        assertThat(jdbc.sql("select count(*) from person where legal_family_name = ?").param(family)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("registering a person opens their overview; the same form sent twice is refused the second time")
    void registerOnce() throws Exception {
        String family = "Page-" + UUID.randomUUID();
        String token = UUID.randomUUID().toString();
        mvc.perform(post("/persons/new").with(signedIn.as("caremanager")).with(csrf())
                        .param("legalGivenName", "Ann").param("legalFamilyName", family).param("birthDate", "2012-03-04")
                        .param("preferredLanguage", "English").param("submissionToken", token))
                .andExpect(redirectedUrlPattern("/persons/*"));
        mvc.perform(post("/persons/new").with(signedIn.as("caremanager")).with(csrf())
                        .param("legalGivenName", "Ann").param("legalFamilyName", family).param("birthDate", "2012-03-04")
                        .param("preferredLanguage", "English").param("submissionToken", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already submitted and saved once")));
        assertThat(jdbc.sql("select count(*) from person where legal_family_name = ?").param(family)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("staff who are not on the care team get 'not permitted' for the overview")
    void otherTeamDenied() throws Exception {
        mvc.perform(get("/persons/" + personNamed("Larchmont")).with(signedIn.as("prescriber2")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("the change-details form starts from the stored details, the date of birth included")
    void editForm() throws Exception {
        long id = personNamed("Larchmont");
        String born = jdbc.sql("select birth_date from person where id = ?").param(id).query(java.time.LocalDate.class).single().toString();
        mvc.perform(get("/persons/" + id + "/edit").with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Daniel\""), containsString("value=\"" + born + "\""),
                        startsWith("<!DOCTYPE html>"))));
    }

    @Test
    @DisplayName("changing details saves them from the version read, keeps the old version with the reason, and refuses a stale form")
    void changesDetails() throws Exception {
        long id = personNamed("Zephyr");
        int version = jdbc.sql("select version from person where id = ?").param(id).query(Integer.class).single();
        var change = post("/persons/" + id + "/edit").with(signedIn.as("caremanager")).with(csrf())
                .param("legalGivenName", "Priya").param("legalFamilyName", "Zephyr").param("birthDate", "1995-01-01")
                .param("preferredLanguage", "Hindi").param("pronouns", "she/they").param("version", String.valueOf(version))
                .param("changeReason", "Told us her pronouns at intake");

        mvc.perform(change).andExpect(redirectedUrl("/persons/" + id));
        mvc.perform(change).andExpect(status().isOk()).andExpect(content().string(containsString("changed by someone else")));
        assertThat(jdbc.sql("select pronouns from person where id = ?").param(id).query(String.class).single())
                .isEqualTo("she/they");
        assertThat(jdbc.sql("select change_reason || ' / ' || changed_by || ' / ' || pronouns from person_revision "
                        + "where person_id = ? order by revision").param(id).query(String.class).list())
                .containsExactly("Registered / prescriber / she/her", "Told us her pronouns at intake / caremanager / she/they");
    }

    private long personNamed(String family) {
        return jdbc.sql("select id from person where legal_family_name = ?").param(family).query(Long.class).single();
    }
}
