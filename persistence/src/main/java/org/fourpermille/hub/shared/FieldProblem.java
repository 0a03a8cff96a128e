package org.fourpermille.hub.shared;

import java.io.Serializable;
import java.util.Arrays;

/** A refused value: the field it belongs to (as the form names it), a message key and its arguments. */
public record FieldProblem(String field, String messageKey, Object[] arguments) implements Serializable {

    public FieldProblem {
        arguments = arguments.clone();
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(arguments);
    }
}
