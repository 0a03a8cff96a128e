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
 * {@code /projects/edit.xhtml} (new project) and {@code /projects/edit.xhtml?id=P} (its organisation's
 * representatives change it). Anyone else asking for a project's form gets a 404, as for an unknown id.
 */
@Named("projectEditor")
@RequestScoped
public class ProjectEditorBacking {

    static final String FORM = "projectForm";

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private ProjectService projects;

    private ProjectFormFields form = new ProjectFormFields();
    private Integer version;
    private boolean found = true;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            Project project = projects.editable(id);
            form = ProjectFormFields.of(project.details());
            version = project.getVersion();
        } catch (NotFoundException | EJBAccessException hidden) {
            found = false;
        }
    }

    public void requireFound() throws IOException {
        if (!found) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return found;
    }

    public boolean isNew() {
        return id == null;
    }

    public String save() {
        try {
            Project project = id == null ? projects.create(form.toDetails())
                    : projects.edit(id, version == null ? -1 : version, form.toDetails());
            if (id != null) {
                Texts.info(null, "project.saved");
            } else if (project.getVisibility() == ProjectVisibility.DRAFT) {
                Texts.info(null, "project.created");
            } else {
                // Chosen on the form: saying "it stays a draft" here would tell the owner the opposite of what happened.
                Texts.info(null, "project.createdVisible", Texts.text("projectVisibility." + project.getVisibility().name()));
            }
            return "/projects/project?faces-redirect=true&id=" + project.getId();
        } catch (BusinessException refused) {
            FormRefusal.show(FORM, refused);
        } catch (EJBAccessException refused) {
            FormRefusal.show(refused);
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public ProjectFormFields getForm() {
        return form;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
