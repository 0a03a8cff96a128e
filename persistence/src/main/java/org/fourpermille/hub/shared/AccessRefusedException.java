package org.fourpermille.hub.shared;

/**
 * The caller is signed in but the service is not for them (an STC expert without an organisation asking
 * for the partner directory): pages answer with the refusal page, status 403.
 */
public class AccessRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException() {
        super("error.accessRefused");
    }
}
