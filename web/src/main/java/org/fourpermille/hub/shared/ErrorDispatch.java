package org.fourpermille.hub.shared;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * What an error page sees of the request that failed. The container forwards the failed request itself to
 * the error page; a Faces postback (its view state, its fields, an upload too large to read) would then be
 * taken for a postback of the error page, fail again and end in a bare 500. So the error page is rendered
 * as a plain GET without parameters or body, and the security policy header is set once: the failed page
 * may already have added PrimeFaces' policy with another nonce, and a browser applies both.
 */
final class ErrorDispatch {

    private ErrorDispatch() {
    }

    static HttpServletRequest request(HttpServletRequest failed) {
        return new HttpServletRequestWrapper(failed) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public String getQueryString() {
                return null;
            }

            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public int getContentLength() {
                return 0;
            }

            @Override
            public long getContentLengthLong() {
                return 0;
            }

            @Override
            public String getHeader(String name) {
                return "Faces-Request".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Faces-Request".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name)
                        ? Collections.emptyEnumeration() : super.getHeaders(name);
            }
        };
    }

    static HttpServletResponse response(HttpServletResponse failed) {
        return new HttpServletResponseWrapper(failed) {
            @Override
            public void addHeader(String name, String value) {
                if (Responses.CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        };
    }
}
