package app.footnote.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only with questions to ask: a bot with an empty bank cannot start a single round. */
@Readiness
@ApplicationScoped
public class BankReadiness implements HealthCheck {

    @Override
    @Transactional
    public HealthCheckResponse call() {
        long active = Question.count("retired", false);
        return HealthCheckResponse.named("question bank").status(active > 0).withData("questions", active).build();
    }
}
