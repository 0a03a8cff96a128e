package org.fourpermille.hub.groups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/** A folder of a group's library, possibly inside another folder of the same group. Moderators make and rename them. */
@Entity
@Table(name = "document_folder")
@NamedQuery(name = DocumentFolder.OF_GROUP, query = "SELECT f FROM DocumentFolder f WHERE f.group = :group ORDER BY f.id")
public class DocumentFolder {

    public static final String OF_GROUP = "DocumentFolder.ofGroup";
    public static final int NAME_LENGTH = 120;
    /** Deep enough for any library a group keeps, shallow enough to show as one line. */
    public static final int MAX_DEPTH = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private HubGroup group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private DocumentFolder parent;

    @Column(length = NAME_LENGTH, nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected DocumentFolder() {
    }

    /** @param parent null for a folder at the top of the library; otherwise a folder of the same group */
    public DocumentFolder(HubGroup group, DocumentFolder parent, String name, Account createdBy, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String clean = checkName(name, problems);
        if (parent != null && !GroupDocument.sameGroup(parent.group, group)) {
            problems.add(FieldProblem.of("parent", "document.error.folderElsewhere"));
        } else if (parent != null && parent.depth() >= MAX_DEPTH) {
            problems.add(FieldProblem.of("parent", "document.error.folderTooDeep", MAX_DEPTH));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.group = group;
        this.parent = parent;
        this.name = clean;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void rename(String newName) {
        List<FieldProblem> problems = new ArrayList<>();
        String clean = checkName(newName, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.name = clean;
    }

    private static String checkName(String name, List<FieldProblem> problems) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            problems.add(FieldProblem.of("name", "error.required"));
        } else if (clean.length() > NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "error.tooLong", NAME_LENGTH));
        }
        return clean;
    }

    /** 1 for a folder at the top. */
    public int depth() {
        int depth = 1;
        for (DocumentFolder up = parent; up != null && depth <= MAX_DEPTH + 1; up = up.parent) {
            depth++;
        }
        return depth;
    }

    /** The folder's place in the library, "Reports / 2025". */
    public String label() {
        return parent == null ? name : parent.label() + " / " + name;
    }

    public Long getId() {
        return id;
    }

    public HubGroup getGroup() {
        return group;
    }

    public DocumentFolder getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }
}
