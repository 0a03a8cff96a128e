package org.fourpermille.hub.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.fourpermille.hub.config.Setting;

/**
 * Who may read what is for the operator only ({@code /metrics}): a direct request from one of the allowed
 * addresses ({@code hub.metrics.allowed-addresses}, loopback by default), or any request that presents the
 * token ({@code hub.metrics.token}) as a bearer. A request that came through a proxy (it carries
 * {@code X-Forwarded-For}) is judged by its token only, since the proxy's own address would otherwise let the
 * whole internet in.
 */
public final class OperatorAccess {

    private final List<InetAddress> addresses;
    private final byte[] token;

    OperatorAccess(String allowedAddresses, String token) {
        this.addresses = Arrays.stream(allowedAddresses == null ? new String[0] : allowedAddresses.split(","))
                .map(String::trim).map(OperatorAccess::literal).filter(Objects::nonNull).toList();
        this.token = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
    }

    public static OperatorAccess fromSettings() {
        return new OperatorAccess(Setting.METRICS_ALLOWED_ADDRESSES.lookup(), Setting.METRICS_TOKEN.lookup());
    }

    /**
     * @param remoteAddress the address the request came from
     * @param authorization its {@code Authorization} header, or null
     * @param proxied whether it carries {@code X-Forwarded-For}
     */
    public boolean allows(String remoteAddress, String authorization, boolean proxied) {
        if (token != null && authorization != null && authorization.startsWith("Bearer ")
                && MessageDigest.isEqual(token, authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        if (proxied) {
            return false;
        }
        InetAddress from = literal(remoteAddress);
        return from != null && addresses.contains(from);
    }

    /** An IP literal as an address (never a name lookup); null for anything else. */
    private static InetAddress literal(String text) {
        if (text == null || text.isEmpty() || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }
}
