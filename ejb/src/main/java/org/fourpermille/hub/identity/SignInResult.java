package org.fourpermille.hub.identity;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/** The answer to a sign-in attempt. Unknown email and wrong password are the same {@code INVALID}, on purpose. */
public record SignInResult(Outcome outcome, String email, Set<Role> roles, Duration retryAfter) implements Serializable {

    public enum Outcome { SUCCESS, INVALID, THROTTLED }

    static SignInResult success(Account account) {
        return new SignInResult(Outcome.SUCCESS, account.getEmail(), Set.copyOf(account.getRoles()), Duration.ZERO);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, Set.of(), Duration.ZERO);
    }

    static SignInResult throttled(Duration wait) {
        return new SignInResult(Outcome.THROTTLED, null, Set.of(), wait);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
