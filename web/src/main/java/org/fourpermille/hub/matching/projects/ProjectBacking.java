package org.fourpermille.hub.matching.projects;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.FormRefusal;
import org.fourpermille.hub.matching.ListingBacking;
import org.fourpermille.hub.matching.MatchingChoices;
import org.fourpermille.hub.matching.Project;
import org.fourpermille.hub.matching.ProjectService;
import org.fourpermille.hub.matching.ProjectVisibility;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Texts;

/**
 * {@code /projects/project.xhtml?id=P}: a project as its readers see it; for its organisation's
 * representatives, the link to its form and the visibility switch. A draft of another organisation is a
 * 404, exactly like an unknown id.
 */
@Named("projectPage")
@RequestScoped
public class ProjectBacking extends ListingBacking<Project> {

    @Inject
    private ProjectService projects;

    private String visibility;

    @Override
    protected Project read(long id) {
        return projects.read(id);
    }

    @Override
    protected boolean mayEdit(long id) {
        return projects.mayEdit(id);
    }

    @Override
    protected void loaded(Project project) {
        visibility = project.getVisibility().name();
    }

    public Project getProject() {
        return item();
    }

    public String changeVisibility() {
        try {
            projects.changeVisibility(id(), expectedVersion(), MatchingChoices.parse(ProjectVisibility.class, visibility));
            Texts.info(null, "project.visibilityChanged");
            return "/projects/project?faces-redirect=true&id=" + id();
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
}
