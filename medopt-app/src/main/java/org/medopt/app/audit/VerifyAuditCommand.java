package org.medopt.app.audit;

import java.io.PrintStream;
import java.util.List;
import org.medopt.app.command.Command;
import org.springframework.stereotype.Component;

/** {@code verify-audit}: checks the audit chain; exit code 0 when intact, 1 naming the first broken link. */
@Component
class VerifyAuditCommand implements Command {

    private final AuditChainVerifier verifier;

    VerifyAuditCommand(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public String summary() {
        return "check that no audit event was changed, removed or reordered";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        ChainVerdict verdict = verifier.verify();
        out.println(verdict.summary());
        return verdict.intact() ? 0 : 1;
    }
}
