package org.fourpermille.hub.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an uploaded file, kept in PostgreSQL so that every node serves it and a database backup
 * holds everything. Addressed by the SHA-256 of the content: the same file uploaded twice is stored once.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    public static final int MEDIA_TYPE_LENGTH = 100;

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(name = "media_type", length = MEDIA_TYPE_LENGTH, nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(byte[] content, String mediaType, Instant createdAt) {
        if (content.length == 0) {
            throw new BusinessException("file.error.empty");
        }
        this.sha256 = sha256(content);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.mediaType = mediaType;
        this.createdAt = createdAt;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
