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

import org.fourpermille.hub.identity.Account;

/** A person's seat at an event of a group; unregistering deletes it. */
@Entity
@Table(name = "event_registration")
public class EventRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private GroupEvent event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected EventRegistration() {
    }

    public EventRegistration(GroupEvent event, Account account, Instant registeredAt) {
        this.event = event;
        this.account = account;
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public GroupEvent getEvent() {
        return event;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
