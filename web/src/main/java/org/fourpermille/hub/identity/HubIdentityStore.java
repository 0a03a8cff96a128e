package org.fourpermille.hub.identity;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database identity store: checks credentials with {@link SignInService}; roles become groups. */
@ApplicationScoped
public class HubIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    @Inject
    private SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = signIn.verify(credential.getCaller(), credential.getPasswordAsString());
        attempt.result(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.email(),
                result.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
