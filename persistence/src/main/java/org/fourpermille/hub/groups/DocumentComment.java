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

/** A member's remark on a document, shown under it in the order written. */
@Entity
@Table(name = "document_comment")
public class DocumentComment {

    public static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private GroupDocument document;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(length = BODY_LENGTH, nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DocumentComment() {
    }

    /** Built by {@link GroupDocument#comment}, which checks the text. */
    DocumentComment(GroupDocument document, Account author, String body, Instant now) {
        this.document = document;
        this.author = author;
        this.body = body;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public GroupDocument getDocument() {
        return document;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
