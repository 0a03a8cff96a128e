package org.fourpermille.hub.matching;

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
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.StoredFile;

/**
 * A message of the private conversation an accepted interest opened, with an optional file. Written only
 * through {@link Interest#write}, which checks who may write and when; never edited.
 */
@Entity
@Table(name = "interest_message")
public class InterestMessage {

    public static final int BODY_LENGTH = 8000;
    public static final int FILE_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interest_id")
    private Interest interest;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(length = BODY_LENGTH, nullable = false)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attachment_sha256")
    private StoredFile attachment;

    @Column(name = "attachment_name", length = FILE_NAME_LENGTH)
    private String attachmentName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InterestMessage() {
    }

    InterestMessage(Interest interest, Account author, String body, StoredFile attachment, String attachmentName,
                    Instant now) {
        java.util.List<FieldProblem> found = new java.util.ArrayList<>();
        String clean = Checks.text(body, "body", BODY_LENGTH, true, found);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        this.interest = interest;
        this.author = author;
        this.body = clean;
        if (attachment != null) {
            String name = attachmentName == null || attachmentName.isBlank() ? "attachment" : attachmentName.strip();
            this.attachment = attachment;
            this.attachmentName = name.length() > FILE_NAME_LENGTH ? name.substring(name.length() - FILE_NAME_LENGTH) : name;
        }
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Interest getInterest() {
        return interest;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public StoredFile getAttachment() {
        return attachment;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public boolean hasAttachment() {
        return attachment != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
