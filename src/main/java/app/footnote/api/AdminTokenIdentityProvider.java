package app.footnote.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Whether a bearer token is {@code FOOTNOTE_ADMIN_TOKEN}, compared in constant time so timing tells nothing. */
@ApplicationScoped
public class AdminTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final ApiConfig config;

    public AdminTokenIdentityProvider(ApiConfig config) {
        this.config = config;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (!config.adminApiOn()) {
            return refused(AdminTokenRefused.OFF);
        }
        String token = request.getToken().getToken();
        if (token == null) {
            return refused(AdminTokenRefused.NOT_BEARER);
        }
        byte[] expected = config.adminToken().orElseThrow().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected)) {
            return refused(AdminTokenRefused.WRONG);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(
                AdminTokenMechanism.ROLE)).addRole(AdminTokenMechanism.ROLE).build());
    }

    private static Uni<SecurityIdentity> refused(Problem problem) {
        return Uni.createFrom().failure(AdminTokenRefused.because(problem));
    }
}
