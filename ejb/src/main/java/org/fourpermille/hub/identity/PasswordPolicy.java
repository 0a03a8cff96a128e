package org.fourpermille.hub.identity;

import org.fourpermille.hub.shared.BusinessException;

/** What a password must be: 12 to 128 characters (counted as a person counts them, not as UTF-16 units). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new BusinessException("password.error.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new BusinessException("password.error.blank");
        }
    }
}
