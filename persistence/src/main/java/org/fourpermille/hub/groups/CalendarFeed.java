package org.fourpermille.hub.groups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;

/**
 * The secret address of a person's calendar feed: calendar applications cannot sign in, so the address
 * itself is the key. Only the SHA-256 of the secret is stored; {@link #replace} gives a new secret and the
 * old address stops working at once.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false, unique = true)
    private Account account;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected CalendarFeed() {
    }

    public CalendarFeed(Account account, String tokenHash, Instant now) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public void replace(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
