package org.fourpermille.hub.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.fourpermille.hub.shared.Role;

/** One line of the accounts table: a Serializable copy of what the table shows, kept in the view between requests. */
public record AccountRow(long id, String email, String name, AccountStatus status, List<Role> roles,
                         Instant lastSignInAt, int version) implements Serializable {

    static AccountRow of(Account account) {
        return new AccountRow(account.getId(), account.getEmail(), account.getDisplayName(), account.getStatus(),
                java.util.stream.Stream.concat(account.getRoles().stream(), account.getAppointedRoles().stream()).distinct().sorted().toList(), account.getLastSignInAt(), account.getVersion());
    }

    public boolean disabled() {
        return status == AccountStatus.DISABLED;
    }
}
