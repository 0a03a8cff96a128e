package org.fourpermille.hub.identity;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.fourpermille.hub.shared.BusinessException;

/** The account of whoever is calling, for the per-object checks of the services. */
@ApplicationScoped
public class CallerAccount {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountRepository accounts;

    public Optional<String> email() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }

    /** The caller's account; refuses anonymous callers and accounts that can no longer sign in. */
    public Account get() {
        Account account = email().flatMap(accounts::findByEmail)
                .orElseThrow(() -> new BusinessException("error.signInRequired"));
        if (!account.canSignIn()) {
            throw new BusinessException("account.error.disabled");
        }
        return account;
    }
}
