package org.fourpermille.hub.identity;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Set;

import org.fourpermille.hub.shared.Role;

/**
 * For domain tests: what the database view {@code account_appointed_role} gives an account that sits on the
 * STC today. In the application only that view fills the field; nothing in the code may write it.
 */
public final class Appointed {

    private Appointed() {
    }

    public static Account asStcExpert(Account account) {
        try {
            Field field = Account.class.getDeclaredField("appointedRoles");
            field.setAccessible(true);
            field.set(account, EnumSet.copyOf(Set.of(Role.STC_EXPERT)));
            return account;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
