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

/** The text a post had before one edit, who replaced it and when: the post's history, never changed. */
@Entity
@Table(name = "forum_post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @Column(name = "previous_body", length = Post.BODY_LENGTH, nullable = false)
    private String previousBody;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edited_by_id")
    private Account editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected PostRevision() {
    }

    PostRevision(Post post, String previousBody, Account editedBy, Instant editedAt) {
        this.post = post;
        this.previousBody = previousBody;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public String getPreviousBody() {
        return previousBody;
    }

    public Account getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
