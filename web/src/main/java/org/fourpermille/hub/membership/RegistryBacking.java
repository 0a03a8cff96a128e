package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /secretariat/registry.xhtml}: upload the registry file, check it (a dry run listing every
 * problem), then import it; and the link to the export.
 *
 * <p>The uploaded bytes are kept in this view between the check and the import, so the secretariat does
 * not pick the file twice. The view scope lives in the HTTP session only while this page is open
 * (OmniFaces drops it when the page is left) and only after an upload: a registry of 600 organisations is
 * about 100 KB, and the service refuses anything above {@code hub.upload.max-bytes}. The bytes are let go
 * once imported. Nothing depends on them surviving: if the node holding the view goes, the page expires
 * and the file is uploaded again; the import checks the whole file again anyway before writing.
 */
@Named("registry")
@ViewScoped
public class RegistryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryImport registry;

    private byte[] content;
    private String fileName;
    private RegistryReport report;

    public void upload(FileUploadEvent event) {
        content = event.getFile().getContent();
        fileName = event.getFile().getFileName();
        report = null;
    }

    /** The dry run: counts and problems, nothing written. */
    public void check() {
        if (content == null) {
            Texts.error(null, "registry.error.noFile");
            return;
        }
        try {
            report = registry.dryRun(content, RegistryWords.labels());
        } catch (BusinessException e) {
            report = null;
            Texts.error(null, e);
        }
    }

    /** Imports the checked file; the service checks it again and writes nothing if any line is wrong. */
    public void importFile() {
        if (content == null) {
            Texts.error(null, "registry.error.noFile");
            return;
        }
        try {
            report = registry.importRows(content, RegistryWords.labels());
            if (report.written()) {
                content = null;
                Texts.info(null, "registry.imported", report.created(), report.updated(), report.unchanged());
            } else {
                Texts.error(null, "registry.error.notImported");
            }
        } catch (BusinessException e) {
            Texts.error(null, e);
        }
    }

    /** Why a line is refused, in the reader's language. */
    public String reason(RegistryProblem problem) {
        return Texts.text(problem.kind().key(), (Object[]) problem.arguments());
    }

    public boolean isUploaded() {
        return content != null;
    }

    /** The import is offered once a dry run of the uploaded file found nothing to correct. */
    public boolean isImportable() {
        return content != null && report != null && report.isClean() && !report.written();
    }

    public String getFileName() {
        return fileName;
    }

    public RegistryReport getReport() {
        return report;
    }

    public List<RegistryColumn> getColumns() {
        return List.of(RegistryColumn.values());
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public MembershipLevel[] getLevels() {
        return MembershipLevel.values();
    }

    public LegalStatus[] getLegalStatuses() {
        return LegalStatus.values();
    }

    public long getMaxUploadBytes() {
        return Setting.UPLOAD_MAX_BYTES.lookup(Long.class);
    }
}
