package org.medopt.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptApplication;

/** The command line starts the whole application without its web server, on a database of its own here. */
@DisplayName("Command line")
class CommandLineIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    @DisplayName("verify-audit starts without the web server, checks the chain and answers 0 when it is intact")
    void verifyAudit() {
        assertThat(run("verify-audit")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Audit chain intact:");
    }

    @Test
    @DisplayName("an unknown command answers 2 and lists the commands there are")
    void unknownCommand() {
        assertThat(run("make-coffee")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Unknown command 'make-coffee'", "verify-audit");
    }

    private int run(String command) {
        String database = "jdbc:h2:mem:command-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        return CommandLine.run(MedOptApplication.class, new String[] {command, "--spring.datasource.url=" + database},
                new PrintStream(out, true, StandardCharsets.UTF_8));
    }
}
