package org.fourpermille.hub.shared;

/** The object asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
