package org.fourpermille.hub.identity;

import java.io.Serializable;

/** What a password page shows about a valid link before the user types anything. */
public record LinkInfo(TokenPurpose purpose, String email, String displayName) implements Serializable {
}
