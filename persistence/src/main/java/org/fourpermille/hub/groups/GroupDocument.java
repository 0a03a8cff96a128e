package org.fourpermille.hub.groups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.StoredFile;

/**
 * A document of a group's library: a title, a description, tags, the folder it sits in and every version
 * uploaded so far. A new version is added, never swapped in: the earlier ones stay downloadable. Hiding
 * takes it out of the library for everyone (its versions stay in the database for the record).
 *
 * <p>Usage: {@code document = new GroupDocument(group, folder, title, description, "soil, mrv", author, file,
 * "report.pdf", "application/pdf", note, now); document.addVersion(...); document.comment(member, text, now);}
 */
@Entity
@Table(name = "group_document")
public class GroupDocument {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int TAG_LENGTH = 40;
    public static final int MAX_TAGS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", updatable = false)
    private HubGroup group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "folder_id")
    private DocumentFolder folder;

    @Column(length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_document_tag", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "tag", length = TAG_LENGTH)
    private Set<String> tags = new TreeSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by", length = 254)
    private String hiddenBy;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("number DESC")
    private List<DocumentVersion> versions = new ArrayList<>();

    @Version
    private int version;

    protected GroupDocument() {
    }

    /**
     * A new document with its first version.
     *
     * @param folder    null for the top of the library; otherwise a folder of the same group
     * @param tags      as typed: separated by commas or semicolons, any case (kept in lower case, once each)
     * @param mediaType what the content is, as {@link DocumentFormat#classify} found it
     */
    public GroupDocument(HubGroup group, DocumentFolder folder, String title, String description, String tags,
                         Account author, StoredFile file, String fileName, String mediaType, String note, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = clean(title);
        if (cleanTitle == null) {
            problems.add(FieldProblem.of("title", "error.required"));
        } else if (cleanTitle.length() > TITLE_LENGTH) {
            problems.add(FieldProblem.of("title", "error.tooLong", TITLE_LENGTH));
        }
        String cleanDescription = clean(description);
        if (cleanDescription != null && cleanDescription.length() > DESCRIPTION_LENGTH) {
            problems.add(FieldProblem.of("description", "error.tooLong", DESCRIPTION_LENGTH));
        }
        Set<String> cleanTags = parseTags(tags, problems);
        if (folder != null && !sameGroup(folder.getGroup(), group)) {
            problems.add(FieldProblem.of("folder", "document.error.folderElsewhere"));
        }
        String cleanNote = checkNote(note, problems);
        if (file == null) {
            problems.add(FieldProblem.of("file", "document.error.fileRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.group = group;
        this.folder = folder;
        this.title = cleanTitle;
        this.description = cleanDescription;
        this.tags = new TreeSet<>(cleanTags);
        this.createdBy = author;
        this.createdAt = now;
        this.updatedAt = now;
        this.currentVersion = 1;
        this.versions.add(new DocumentVersion(this, 1, file, DocumentVersion.cleanFileName(fileName), mediaType,
                cleanNote, author, now));
    }

    /** Adds the next version; the ones before stay as they were. */
    public DocumentVersion addVersion(StoredFile file, String fileName, String mediaType, String note,
                                      Account uploader, Instant now) {
        refuseHidden();
        List<FieldProblem> problems = new ArrayList<>();
        String cleanNote = checkNote(note, problems);
        if (file == null) {
            problems.add(FieldProblem.of("file", "document.error.fileRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        currentVersion++;
        DocumentVersion added = new DocumentVersion(this, currentVersion, file, DocumentVersion.cleanFileName(fileName),
                mediaType, cleanNote, uploader, now);
        versions.add(0, added);
        updatedAt = now;
        return added;
    }

    public DocumentComment comment(Account author, String body, Instant now) {
        refuseHidden();
        String clean = clean(body);
        if (clean == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("body", "error.required")));
        }
        if (clean.length() > DocumentComment.BODY_LENGTH) {
            throw new InvalidInputException(List.of(FieldProblem.of("body", "error.tooLong", DocumentComment.BODY_LENGTH)));
        }
        return new DocumentComment(this, author, clean, now);
    }

    /** Takes the document out of the library: its uploader or a moderator of the group. */
    public void hide(Account by, boolean moderator, Instant now) {
        refuseHidden();
        if (!moderator && !isUploadedBy(by)) {
            throw new BusinessException("document.error.notYours");
        }
        this.hiddenAt = now;
        this.hiddenBy = by.getEmail();
    }

    /** Puts a hidden document back in the library (a moderator's decision; the service checks who). */
    public void show() {
        if (!isHidden()) {
            throw new BusinessException("document.error.notHidden");
        }
        this.hiddenAt = null;
        this.hiddenBy = null;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }

    public boolean isUploadedBy(Account account) {
        return account != null && createdBy != null
                && (createdBy == account || createdBy.getId() != null && createdBy.getId().equals(account.getId()));
    }

    private void refuseHidden() {
        if (isHidden()) {
            throw new BusinessException("error.notFound");
        }
    }

    /** Tags as typed, cleaned: lower case, once each, in order; problems are added for the field {@code tags}. */
    static Set<String> parseTags(String typed, List<FieldProblem> problems) {
        Set<String> tags = new LinkedHashSet<>();
        if (typed == null) {
            return tags;
        }
        for (String part : typed.split("[,;]")) {
            String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > TAG_LENGTH) {
                problems.add(FieldProblem.of("tags", "document.error.tagTooLong", TAG_LENGTH));
                return tags;
            }
            tags.add(tag);
        }
        if (tags.size() > MAX_TAGS) {
            problems.add(FieldProblem.of("tags", "document.error.tooManyTags", MAX_TAGS));
        }
        return tags;
    }

    private static String checkNote(String note, List<FieldProblem> problems) {
        String clean = clean(note);
        if (clean != null && clean.length() > DocumentVersion.NOTE_LENGTH) {
            problems.add(FieldProblem.of("note", "error.tooLong", DocumentVersion.NOTE_LENGTH));
        }
        return clean;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The same group, also for groups not yet stored (no id), as in unit tests. */
    static boolean sameGroup(HubGroup one, HubGroup other) {
        return one == other || one != null && one.equals(other);
    }

    public Long getId() {
        return id;
    }

    public HubGroup getGroup() {
        return group;
    }

    public DocumentFolder getFolder() {
        return folder;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Set<String> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Newest first. */
    public List<DocumentVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public DocumentVersion getLatest() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    public int getVersion() {
        return version;
    }
}
