package org.fourpermille.hub.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.fourpermille.hub.shared.BusinessException;

/**
 * A single-use link that lets its holder set the password of one account. Only the SHA-256 of the
 * secret is stored, so a database leak gives no working link.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.REVOKE_OPEN,
        query = "UPDATE AccountToken t SET t.revokedAt = :now WHERE t.account = :account AND t.usedAt IS NULL "
                + "AND t.revokedAt IS NULL")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String REVOKE_OPEN = "AccountToken.revokeOpen";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccountToken() {
    }

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Refuses a used, revoked or expired link, each with the message that tells the user what to do. */
    public void checkUsable(Instant now) {
        if (usedAt != null || revokedAt != null) {
            throw new BusinessException("token.error.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException("token.error.expired");
        }
    }

    public void markUsed(Instant now) {
        checkUsable(now);
        this.usedAt = now;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
