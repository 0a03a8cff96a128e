package org.fourpermille.hub.groups;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.FileContent;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.StoredFile;
import org.fourpermille.hub.shared.UniqueViolation;

/**
 * The document library of each group: folders, documents with tags, versions, comments and downloads.
 * Every method starts from the group of what it is given (a group, a folder, a document or a version)
 * and asks {@link GroupAccess}: outsiders get "not found" exactly as for an id that does not exist, so a
 * guessed version id of a Consortium document reveals nothing. Every download is audited.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class DocumentLibrary {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private GroupAccess access;
    @Inject
    private GroupActivityLog activity;
    @Inject
    private FileContent fileContent;
    @Inject
    private AuditLog audit;
    @Inject
    private Clock clock;

    // ---- reading ----

    public List<FolderRow> folders(long groupId) {
        GroupPass pass = access.read(groupId);
        return em.createNamedQuery(DocumentFolder.OF_GROUP, DocumentFolder.class).setParameter("group", pass.group())
                .getResultList().stream().map(FolderRow::of)
                .sorted((a, b) -> a.label().compareToIgnoreCase(b.label())).toList();
    }

    /** The tags of the group's documents, alphabetically. */
    public List<String> tags(long groupId) {
        access.read(groupId);
        @SuppressWarnings("unchecked")
        List<String> tags = em.createNativeQuery("SELECT DISTINCT t.tag FROM group_document_tag t"
                        + " JOIN group_document d ON d.id = t.document_id WHERE d.group_id = ?1 AND d.hidden_at IS NULL ORDER BY 1")
                .setParameter(1, groupId).getResultList();
        return tags;
    }

    /** How many documents {@link #documents} pages through. */
    public long count(long groupId, Long folderId, String tag) {
        GroupPass pass = access.read(groupId);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(d) FROM GroupDocument d" + where(folderId, tag), Long.class);
        return bind(query, pass.group(), folderId, tag).getSingleResult();
    }

    /**
     * The group's documents, most recently changed first.
     *
     * @param folderId only the documents directly in this folder; null for all
     * @param tag      only the documents with this tag; null for all
     */
    public List<DocumentRow> documents(long groupId, Long folderId, String tag, int first, int max) {
        GroupPass pass = access.read(groupId);
        TypedQuery<GroupDocument> query = em.createQuery("SELECT d FROM GroupDocument d" + where(folderId, tag)
                + " ORDER BY d.updatedAt DESC, d.id DESC", GroupDocument.class);
        return bind(query, pass.group(), folderId, tag).setFirstResult(Math.max(0, first)).setMaxResults(max)
                .getResultList().stream().map(DocumentRow::of).toList();
    }

    /** The latest documents, for the group's front page. */
    public List<DocumentRow> recent(long groupId, int max) {
        return documents(groupId, null, null, 0, max);
    }

    private static String where(Long folderId, String tag) {
        return (tag == null ? "" : " JOIN d.tags t") + " WHERE d.group = :group AND d.hiddenAt IS NULL"
                + (folderId == null ? "" : " AND d.folder.id = :folder") + (tag == null ? "" : " AND t = :tag");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, HubGroup group, Long folderId, String tag) {
        query.setParameter("group", group);
        if (folderId != null) {
            query.setParameter("folder", folderId);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        return query;
    }

    /**
     * A document's page. A hidden document is still shown to the group's moderators, so that they can put
     * it back; anyone else gets what an unknown id gets.
     */
    public DocumentPage page(long documentId) {
        GroupDocument document = em.find(GroupDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException();
        }
        GroupPass pass = access.read(document.getGroup().getId());
        if (document.isHidden() && !pass.mayModerate()) {
            throw new NotFoundException();
        }
        List<DocumentVersion> versions = em.createQuery("SELECT v FROM DocumentVersion v JOIN FETCH v.uploadedBy"
                        + " WHERE v.document = :document ORDER BY v.number DESC", DocumentVersion.class)
                .setParameter("document", document).getResultList();
        List<DocumentComment> comments = em.createQuery("SELECT c FROM DocumentComment c JOIN FETCH c.author"
                        + " WHERE c.document = :document ORDER BY c.createdAt, c.id", DocumentComment.class)
                .setParameter("document", document).getResultList();
        document.getCreatedBy().getDisplayName();
        if (document.getFolder() != null) {
            document.getFolder().label();
        }
        return new DocumentPage(pass, document, versions, comments,
                pass.mayModerate() || document.isUploadedBy(pass.account()));
    }

    /** The bytes of any version, for the person allowed to read the group; each download is audited. */
    public DocumentDownload download(long versionId) {
        DocumentVersion version = em.find(DocumentVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException();
        }
        GroupDocument document = version.getDocument();
        GroupPass pass = access.read(document.getGroup().getId());
        // A hidden document's files stay readable by the moderators who may put it back, as its page does.
        if (document.isHidden() && !pass.mayModerate()) {
            throw new NotFoundException();
        }
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, pass.account().getEmail(),
                "group " + document.getGroup().getCode() + ", document " + document.getId() + " \"" + document.getTitle()
                        + "\", version " + version.getNumber() + " (" + version.getFileName() + ")");
        return new DocumentDownload(version.getFileName(), version.getMediaType(), version.getFile().getContent());
    }

    // ---- writing ----

    /**
     * Checks an uploaded file by its content (size limit, PDF, images, office documents, text and CSV; no
     * programs) and stores it until the form that publishes it is sent.
     */
    public StagedFile stage(long groupId, String fileName, byte[] content) {
        access.read(groupId);
        String mediaType = DocumentFormat.classify(fileContent.inspect(fileName, content), fileName, content);
        StoredFile file = fileContent.store(content, mediaType);
        return new StagedFile(file.getSha256(), DocumentVersion.cleanFileName(fileName), mediaType, file.getSizeBytes());
    }

    /** A new document in the group's library, with its first version; the group's members are told. */
    public GroupDocument upload(long groupId, Long folderId, String title, String description, String tags,
                                StagedFile staged, String note) {
        GroupPass pass = access.read(groupId);
        DocumentFolder folder = folderId == null ? null : em.find(DocumentFolder.class, folderId);
        if (folderId != null && folder == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("folder", "document.error.folderElsewhere")));
        }
        StoredFile file = staged == null ? null : stored(staged);
        GroupDocument document = new GroupDocument(pass.group(), folder, title, description, tags, pass.account(),
                file, staged == null ? null : staged.fileName(), staged == null ? null : staged.mediaType(), note, clock.now());
        em.persist(document);
        em.flush();
        activity.record(pass.group(), ActivityKind.DOCUMENT, pass.account(), document.getTitle(), path(document));
        return document;
    }

    /** The next version of a document; the earlier ones stay downloadable. */
    public DocumentVersion addVersion(long documentId, StagedFile staged, String note) {
        GroupDocument document = visible(documentId);
        GroupPass pass = access.read(document.getGroup().getId());
        StoredFile file = staged == null ? null : stored(staged);
        DocumentVersion version = document.addVersion(file, staged == null ? null : staged.fileName(),
                staged == null ? null : staged.mediaType(), note, pass.account(), clock.now());
        em.flush();
        activity.record(pass.group(), ActivityKind.DOCUMENT, pass.account(), document.getTitle(), path(document));
        return version;
    }

    /** A comment under a document; its uploader is told at once, the group as usual. */
    public DocumentComment comment(long documentId, String body) {
        GroupDocument document = visible(documentId);
        GroupPass pass = access.read(document.getGroup().getId());
        DocumentComment comment = document.comment(pass.account(), body, clock.now());
        em.persist(comment);
        em.flush();
        activity.record(pass.group(), ActivityKind.DOCUMENT_COMMENT, pass.account(), document.getTitle(), path(document),
                List.of(document.getCreatedBy()), "REPLY");
        return comment;
    }

    /** Takes a document out of the library: its uploader, or a moderator of the group. */
    public void hide(long documentId) {
        GroupDocument document = visible(documentId);
        GroupPass pass = access.read(document.getGroup().getId());
        document.hide(pass.account(), pass.mayModerate(), clock.now());
        audit.record(AuditAction.DOCUMENT_HIDDEN, pass.account().getEmail(),
                "group " + document.getGroup().getCode() + ", document " + document.getId() + " \"" + document.getTitle() + "\"");
    }

    /** Puts a hidden document back in the library: moderators of its group only. */
    public void show(long documentId) {
        GroupDocument document = em.find(GroupDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException();
        }
        GroupPass pass = access.moderate(document.getGroup().getId());
        document.show();
        audit.record(AuditAction.DOCUMENT_SHOWN, pass.account().getEmail(),
                "group " + document.getGroup().getCode() + ", document " + document.getId() + " \"" + document.getTitle() + "\"");
    }

    public DocumentFolder createFolder(long groupId, Long parentId, String name) {
        GroupPass pass = access.moderate(groupId);
        DocumentFolder parent = parentId == null ? null : em.find(DocumentFolder.class, parentId);
        if (parentId != null && parent == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("parent", "document.error.folderElsewhere")));
        }
        DocumentFolder folder = new DocumentFolder(pass.group(), parent, name, pass.account(), clock.now());
        em.persist(folder);
        flushNamed();
        return folder;
    }

    public DocumentFolder renameFolder(long folderId, String name) {
        DocumentFolder folder = em.find(DocumentFolder.class, folderId);
        if (folder == null) {
            throw new NotFoundException();
        }
        access.moderate(folder.getGroup().getId());
        folder.rename(name);
        flushNamed();
        return folder;
    }

    private void flushNamed() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e, "document_folder_name_once")) {
                throw new InvalidInputException(List.of(FieldProblem.of("name", "document.error.folderExists")));
            }
            throw e;
        }
    }

    /** A document that is not hidden; not found otherwise. The caller still checks its group. */
    private GroupDocument visible(long documentId) {
        GroupDocument document = em.find(GroupDocument.class, documentId);
        if (document == null || document.isHidden()) {
            throw new NotFoundException();
        }
        return document;
    }

    private StoredFile stored(StagedFile staged) {
        StoredFile file = em.find(StoredFile.class, staged.sha256());
        if (file == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("file", "document.error.fileRequired")));
        }
        // The staged reference comes from the page's view; the content decides again what the file is.
        DocumentFormat.classify(staged.mediaType(), staged.fileName(), file.getContent());
        return file;
    }

    static String path(GroupDocument document) {
        return "/groups/document.xhtml?id=" + document.getId();
    }
}
