package org.fourpermille.hub.shared;

import java.util.List;

/**
 * Several values of one form were refused at once, so the user sees every problem next to its field in
 * one go instead of one per attempt. The message key is the summary shown above the form.
 */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("error.invalidInput", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
