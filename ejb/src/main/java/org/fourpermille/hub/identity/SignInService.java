package org.fourpermille.hub.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.RequestOrigin;
import org.fourpermille.hub.shared.Role;

/**
 * Checks email and password for the identity store. Failures are counted per account and address, and
 * per account from any address (with a higher allowance), in the database so every node sees them; once
 * past the free failures each attempt must wait, doubling each time. Every failure is audited.
 */
@Stateless
@PermitAll
public class SignInService {

    /** An account attacked from many addresses tolerates this many times the per-address allowance. */
    private static final int ANY_ADDRESS_FACTOR = 4;

    @Inject
    private AccountRepository accounts;
    @Inject
    private LoginThrottleRepository throttle;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private AuditLog audit;
    @Inject
    private RequestOrigin origin;
    @Inject
    private Clock clock;

    private ThrottlePolicy perAddress;
    private ThrottlePolicy anyAddress;

    @PostConstruct
    void configure() {
        int free = Setting.LOGIN_FREE_FAILURES.lookupInt();
        Duration base = Setting.LOGIN_BASE_DELAY.lookupDuration();
        Duration max = Setting.LOGIN_MAX_DELAY.lookupDuration();
        perAddress = new ThrottlePolicy(free, base, max);
        anyAddress = new ThrottlePolicy(free * ANY_ADDRESS_FACTOR, base, max);
    }

    public SignInResult verify(String email, String password) {
        Instant now = clock.now();
        String login = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
        Duration wait = waitBeforeNextAttempt(login, now);
        if (!wait.isZero()) {
            audit.recordAs(login, AuditAction.SIGN_IN_THROTTLED, login, "wait " + wait.toSeconds() + " s");
            return SignInResult.throttled(wait);
        }
        Optional<Account> found = accounts.findByEmail(login);
        if (found.isEmpty() || !found.get().canSignIn()) {
            hasher.spendVerificationTime(password); // as long as a wrong password, so timing reveals nothing
            return fail(login, found.isEmpty() ? "unknown account" : "account " + found.get().getStatus(), now);
        }
        Account account = found.get();
        if (password == null || !hasher.verify(password, account.getPasswordHash())) {
            return fail(login, "wrong password", now);
        }
        throttle.clear(addressScope(login));
        throttle.clear(accountScope(login));
        if (account.getEffectiveRoles().isEmpty() && account.getOrganisation() != null) {
            // The password is right, so the person may know why: their organisation gives no access now.
            boolean withdrawn = account.getOrganisation().hasWithdrawn();
            audit.recordAs(login, AuditAction.SIGN_IN_FAILED, login, "organisation " + (withdrawn ? "WITHDRAWN" : "SUSPENDED"));
            return SignInResult.withoutAccess(withdrawn ? SignInResult.Outcome.WITHDRAWN : SignInResult.Outcome.SUSPENDED);
        }
        if (account.getEffectiveRoles().isEmpty()) {
            // No organisation and no role left: typically an independent STC expert whose term has ended.
            audit.recordAs(login, AuditAction.SIGN_IN_FAILED, login, "no role");
            return SignInResult.withoutAccess(SignInResult.Outcome.NO_ROLE);
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            accounts.upgradePasswordHash(account.getId(), account.getPasswordHash(), hasher.hash(password));
        }
        accounts.recordSignIn(account.getId(), now);
        audit.recordAs(login, AuditAction.SIGN_IN, login,
                account.getEffectiveRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        return SignInResult.success(account);
    }

    /**
     * The roles a signed-in person has now, or nothing if their account can no longer sign in. Every
     * request compares them with the roles of its session, so a suspension, a withdrawal, a removal, a
     * disabled account or a role change applies to sessions already open.
     */
    public Optional<Set<Role>> currentRoles(String email) {
        return accounts.findByEmail(email).filter(Account::canSignIn).map(Account::getEffectiveRoles).map(Set::copyOf);
    }

    /** How long the next attempt for this email from the caller's address must wait (zero: may try now). */
    public Duration waitBeforeNextAttempt(String email) {
        String login = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
        return waitBeforeNextAttempt(login, clock.now());
    }

    private Duration waitBeforeNextAttempt(String login, Instant now) {
        Instant byAddress = throttle.find(addressScope(login), now)
                .map(f -> perAddress.blockedUntil(f.count(), f.last())).orElse(now);
        Instant byAccount = throttle.find(accountScope(login), now)
                .map(f -> anyAddress.blockedUntil(f.count(), f.last())).orElse(now);
        Instant until = byAddress.isAfter(byAccount) ? byAddress : byAccount;
        if (!until.isAfter(now)) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, until);
        // Round up, so "wait 0 seconds" is never shown while the attempt would still be refused.
        return Duration.ofSeconds(wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    private SignInResult fail(String login, String reason, Instant now) {
        throttle.recordFailure(addressScope(login), now);
        throttle.recordFailure(accountScope(login), now);
        audit.recordAs(login, AuditAction.SIGN_IN_FAILED, login, reason);
        return SignInResult.invalid();
    }

    private String addressScope(String login) {
        return "account:" + login + "|address:" + origin.remoteAddress();
    }

    private static String accountScope(String login) {
        return "account:" + login;
    }
}
