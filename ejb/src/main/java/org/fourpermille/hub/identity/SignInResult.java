package org.fourpermille.hub.identity;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

import org.fourpermille.hub.shared.Role;

/** The answer to a sign-in attempt. Unknown email and wrong password are the same {@code INVALID}, on purpose. */
public record SignInResult(Outcome outcome, String email, Set<Role> roles, Duration retryAfter) implements Serializable {

    /**
     * {@code SUSPENDED} and {@code WITHDRAWN}: right password, but the person's organisation gives no access now.
     * {@code UNAVAILABLE}: the check itself could not be made (the database is out of reach); says nothing of the password.
     */
    public enum Outcome { SUCCESS, INVALID, THROTTLED, SUSPENDED, WITHDRAWN, NO_ROLE, UNAVAILABLE }

    static SignInResult success(Account account) {
        return new SignInResult(Outcome.SUCCESS, account.getEmail(), Set.copyOf(account.getEffectiveRoles()), Duration.ZERO);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, Set.of(), Duration.ZERO);
    }

    static SignInResult withoutAccess(Outcome outcome) {
        return new SignInResult(outcome, null, Set.of(), Duration.ZERO);
    }

    public static SignInResult unavailable() {
        return new SignInResult(Outcome.UNAVAILABLE, null, Set.of(), Duration.ZERO);
    }

    static SignInResult throttled(Duration wait) {
        return new SignInResult(Outcome.THROTTLED, null, Set.of(), wait);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
