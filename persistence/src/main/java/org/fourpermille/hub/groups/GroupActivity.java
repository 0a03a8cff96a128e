package org.fourpermille.hub.groups;

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
import jakarta.persistence.Table;

import org.fourpermille.hub.identity.Account;

/**
 * Something that happened in a group: its kind, who did it, a title as the author wrote it (a topic's
 * subject, a document's name) and the page that shows it. Never changed once written.
 */
@Entity
@Table(name = "group_activity")
public class GroupActivity {

    public static final int TITLE_LENGTH = 300;
    public static final int PATH_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private HubGroup group;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    private ActivityKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(length = PATH_LENGTH, nullable = false)
    private String path;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected GroupActivity() {
    }

    /**
     * @param path the page's address inside the application, starting with a slash
     *             ({@code /groups/topic.xhtml?id=12})
     */
    public GroupActivity(HubGroup group, ActivityKind kind, Account actor, String title, String path, Instant occurredAt) {
        if (path == null || !path.startsWith("/") || path.length() > PATH_LENGTH) {
            throw new IllegalArgumentException("Not a page of the application: " + path);
        }
        this.group = group;
        this.kind = kind;
        this.actor = actor;
        String clean = title == null ? "" : title.strip();
        this.title = clean.length() <= TITLE_LENGTH ? clean : clean.substring(0, TITLE_LENGTH - 1) + "…";
        this.path = path;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public HubGroup getGroup() {
        return group;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public Account getActor() {
        return actor;
    }

    public String getTitle() {
        return title;
    }

    public String getPath() {
        return path;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
