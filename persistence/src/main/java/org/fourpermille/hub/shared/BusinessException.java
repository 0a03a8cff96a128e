package org.fourpermille.hub.shared;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the platform refused what the user asked. It rolls the transaction back and carries the key
 * of the message the user reads ({@code messages_*.properties}) plus its arguments, so the web tier can
 * show it in the user's language. Subclasses name the rule; never show {@link #getMessage()} to a user.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
