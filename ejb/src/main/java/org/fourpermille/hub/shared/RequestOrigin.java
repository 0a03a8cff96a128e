package org.fourpermille.hub.shared;

import java.io.Serializable;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, filled by the web tier for each request so that services can
 * audit and throttle by address without depending on the Servlet API.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    private static final long serialVersionUID = 1L;

    private String remoteAddress;

    public String remoteAddress() {
        return remoteAddress;
    }

    public void remoteAddress(String address) {
        this.remoteAddress = address;
    }
}
