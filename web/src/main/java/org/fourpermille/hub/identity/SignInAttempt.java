package org.fourpermille.hub.identity;

import java.io.Serializable;

import jakarta.enterprise.context.RequestScoped;

/** Carries the outcome of this request's sign-in from the identity store to the sign-in page. */
@RequestScoped
public class SignInAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    private SignInResult result;

    public SignInResult result() {
        return result;
    }

    void result(SignInResult outcome) {
        this.result = outcome;
    }
}
