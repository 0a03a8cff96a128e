package org.fourpermille.hub.matching;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /projects/project.xhtml?id=P}: a project as its readers see it; for its organisation's
 * representatives, the link to its form and the visibility switch. A draft of another organisation is a
 * 404, exactly like an unknown id.
 */
@Named("projectPage")
@RequestScoped
public class ProjectBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private ProjectService projects;

    private Project project;
    private boolean editable;
    private String visibility;
    private Integer version;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            project = projects.read(id);
            editable = projects.mayEdit(id);
            visibility = project.getVisibility().name();
            version = project.getVersion();
        } catch (NotFoundException | EJBAccessException hidden) {
            project = null;
        }
    }

    public void requireFound() throws IOException {
        if (project == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return project != null;
    }

    public Project getProject() {
        return project;
    }

    public boolean isEditable() {
        return editable;
    }

    public String changeVisibility() {
        try {
            projects.changeVisibility(id, version == null ? -1 : version, MatchingChoices.parse(ProjectVisibility.class, visibility));
            Texts.info(null, "project.visibilityChanged");
            return "/projects/project?faces-redirect=true&id=" + id;
        } catch (BusinessException refused) {
            Texts.error("visibilityForm:visibility", refused);
        } catch (EJBAccessException refused) {
            FormRefusal.show(refused);
        }
        return null;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
