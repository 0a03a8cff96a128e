package org.fourpermille.hub.membership;

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

import org.fourpermille.hub.shared.StoredFile;

/**
 * A document attached to an application. Replacing or removing it only marks it replaced, so that the
 * history can still show what an earlier submission carried.
 */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

    public static final int FILE_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private MembershipApplication application;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    private DocumentKind kind;

    @Column(name = "file_name", length = FILE_NAME_LENGTH, nullable = false)
    private String fileName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sha256")
    private StoredFile file;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected ApplicationDocument() {
    }

    ApplicationDocument(MembershipApplication application, DocumentKind kind, String fileName, StoredFile file,
                        Instant uploadedAt) {
        this.application = application;
        this.kind = kind;
        this.fileName = safeName(fileName);
        this.file = file;
        this.uploadedAt = uploadedAt;
    }

    /** The name without any folder a browser may send, cut to the column, never empty. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > FILE_NAME_LENGTH ? name.substring(name.length() - FILE_NAME_LENGTH) : name;
    }

    void replace(Instant when) {
        this.replacedAt = when;
    }

    public boolean isCurrent() {
        return replacedAt == null;
    }

    public Long getId() {
        return id;
    }

    public MembershipApplication getApplication() {
        return application;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public StoredFile getFile() {
        return file;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
