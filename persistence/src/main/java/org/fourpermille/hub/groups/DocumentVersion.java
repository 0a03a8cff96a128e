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
import org.fourpermille.hub.shared.StoredFile;

/**
 * One upload of a document: its number (1 for the first), the file as it was named, what it is, who sent
 * it and a note on what changed. Never changed or removed once written: every version stays downloadable.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    public static final int FILE_NAME_LENGTH = 255;
    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private GroupDocument document;

    @Column(nullable = false, updatable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sha256", updatable = false)
    private StoredFile file;

    @Column(name = "file_name", length = FILE_NAME_LENGTH, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", length = StoredFile.MEDIA_TYPE_LENGTH, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by", updatable = false)
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    protected DocumentVersion() {
    }

    /** Built by {@link GroupDocument}, which checks the values and numbers the versions. */
    DocumentVersion(GroupDocument document, int number, StoredFile file, String fileName, String mediaType,
                    String note, Account uploadedBy, Instant now) {
        this.document = document;
        this.number = number;
        this.file = file;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = file.getSizeBytes();
        this.note = note;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /**
     * The name shown and offered on download: what the uploader's file was called, without any folder.
     * Public because the EJB module stages uploads with it: in the EAR it has its own class loader, and
     * a package-private member of this jar would fail there with IllegalAccessError.
     */
    public static String cleanFileName(String name) {
        String clean = name == null ? "" : name.replace('\\', '/');
        clean = clean.substring(clean.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (clean.isEmpty()) {
            clean = "document";
        }
        return clean.length() <= FILE_NAME_LENGTH ? clean : clean.substring(clean.length() - FILE_NAME_LENGTH);
    }

    public boolean isInline() {
        return DocumentFormat.inline(mediaType);
    }

    public boolean isPdf() {
        return DocumentFormat.isPdf(mediaType);
    }

    public boolean isImage() {
        return DocumentFormat.isImage(mediaType);
    }

    public Long getId() {
        return id;
    }

    public GroupDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Account getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getNote() {
        return note;
    }
}
