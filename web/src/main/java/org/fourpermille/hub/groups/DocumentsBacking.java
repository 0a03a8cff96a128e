package org.fourpermille.hub.groups;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FormSubmissions;
import org.fourpermille.hub.shared.FormToken;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Postback;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/documents.xhtml?group=G[&folder=F][&tag=T][&page=N]}: a group's library. The filters
 * live in the address, so a filtered list can be shared and reloaded; the upload form publishes the file
 * that {@link DocumentUploadBacking} holds; moderators make and rename folders. Outsiders get a 404.
 */
@Named("documents")
@RequestScoped
public class DocumentsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    @Param(name = "group")
    private Long groupId;
    @Inject
    @Param(name = "folder")
    private Long folder;
    @Inject
    @Param(name = "tag")
    private String tag;
    @Inject
    @Param(name = "page")
    private Integer page;

    @Inject
    private DocumentLibrary library;
    @Inject
    private FormSubmissions submissions;
    @Inject
    private FormToken formToken;
    @Inject
    private GroupAccess access;
    @Inject
    private DocumentUploadBacking upload;

    private GroupPass pass;
    private List<FolderRow> folders;
    private List<String> tags;
    private List<DocumentRow> rows;
    private long total;

    private String title;
    private String description;
    private String tagsTyped;
    private Long uploadFolder;
    private String note;
    private String folderName;
    private Long parentId;
    private Long renameId;
    private String newName;

    @PostConstruct
    void load() {
        if (groupId == null) {
            return;
        }
        try {
            pass = access.read(groupId);
            folders = library.folders(groupId);
            tags = library.tags(groupId);
            total = library.count(groupId, folder, tag);
            rows = library.documents(groupId, folder, tag, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
            uploadFolder = folder;
        } catch (NotFoundException unknown) {
            pass = null;
        }
    }

    public void requireFound() throws IOException {
        if (pass == null) {
            NotFound.send();
        }
    }

    // ---- the moves ----

    public String publish() {
        return attempt("uploadForm", () -> {
            // A double click publishes one document: the second submission of the page is sent to the first's.
            String[] published = {title};
            long id = submissions.once(formToken.posted("uploadForm"), "groups.document", () -> {
                GroupDocument document = library.upload(groupId, uploadFolder, title, description, tagsTyped, upload.getStaged(), note);
                published[0] = document.getTitle();
                return document.getId();
            });
            upload.clear();
            Texts.info(null, "document.published", published[0]);
            return "/groups/document?faces-redirect=true&id=" + id;
        });
    }

    public String createFolder() {
        return attempt("folderForm", () -> {
            DocumentFolder created = library.createFolder(groupId, parentId, folderName);
            Texts.info(null, "document.folderCreated", created.getName());
            return "/groups/documents?faces-redirect=true&group=" + groupId + "&folder=" + created.getId();
        });
    }

    public String renameFolder() {
        return attempt("renameForm", () -> {
            if (renameId == null) {
                throw new InvalidInputException(List.of(org.fourpermille.hub.shared.FieldProblem.of("renameId", "error.required")));
            }
            DocumentFolder renamed = library.renameFolder(renameId, newName);
            Texts.info(null, "document.folderRenamed", renamed.getName());
            return "/groups/documents?faces-redirect=true&group=" + groupId + "&folder=" + renamed.getId();
        });
    }

    /** Runs a move; a refusal is shown next to its fields and on top, and everything typed stays. */
    private static String attempt(String formId, Supplier<String> move) {
        try {
            return move.get();
        } catch (InvalidInputException e) {
            Texts.error(null, e);
            e.problems().forEach(p -> Texts.error(formId + ":" + p.field(), p.messageKey(), p.arguments()));
            return null;
        } catch (BusinessException e) {
            Texts.error(null, e);
            return null;
        }
    }

    // ---- what the page shows ----

    /** Moderators' forms; all of them while a postback is processed, so the service has the last word. */
    public boolean isModerator() {
        return pass != null && (Postback.inProgress() || pass.mayModerate());
    }

    public boolean isFound() {
        return pass != null;
    }

    public HubGroup getGroup() {
        return pass.group();
    }

    public GroupPass getPass() {
        return pass;
    }

    public List<FolderRow> getFolders() {
        return folders;
    }

    public List<String> getTags() {
        return tags;
    }

    public List<DocumentRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page == null || page < 1 ? 1 : page;
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The label of the folder the list is filtered by, or null. */
    public String getFolderLabel() {
        return folder == null || folders == null ? null
                : folders.stream().filter(f -> f.id() == folder).map(FolderRow::label).findFirst().orElse(null);
    }

    public Long getFolder() {
        return folder;
    }

    public String getTag() {
        return tag;
    }

    /** The query string of this list on another page, keeping the filters. */
    public String pageLink(int target) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("group", groupId);
        parameters.put("folder", folder);
        parameters.put("tag", tag);
        parameters.put("page", target);
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(String.valueOf(value), java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    // ---- form fields ----

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTagsTyped() {
        return tagsTyped;
    }

    public void setTagsTyped(String tagsTyped) {
        this.tagsTyped = tagsTyped;
    }

    public Long getUploadFolder() {
        return uploadFolder;
    }

    public void setUploadFolder(Long uploadFolder) {
        this.uploadFolder = uploadFolder;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getFolderName() {
        return folderName;
    }

    public void setFolderName(String folderName) {
        this.folderName = folderName;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getRenameId() {
        return renameId;
    }

    public void setRenameId(Long renameId) {
        this.renameId = renameId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
