package org.fourpermille.hub.identity;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database identity store: checks credentials with {@link SignInService}; roles become groups. */
@ApplicationScoped
public class HubIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(HubIdentityStore.class.getName());

    @Inject
    private SignInService signIn;

    @Inject
    private SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result;
        try {
            result = signIn.verify(credential.getCaller(), credential.getPasswordAsString());
        } catch (EJBException | PersistenceException failure) {
            // The check could not be made: never let it read as "wrong password", nor as an error page.
            LOG.log(Level.WARNING, "Sign-in could not be checked", failure);
            result = SignInResult.unavailable();
        }
        attempt.result(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.email(),
                result.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
