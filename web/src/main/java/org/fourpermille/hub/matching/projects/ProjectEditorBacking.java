package org.fourpermille.hub.matching.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.EditorBacking;
import org.fourpermille.hub.matching.Project;
import org.fourpermille.hub.matching.ProjectService;
import org.fourpermille.hub.matching.ProjectVisibility;
import org.fourpermille.hub.shared.Texts;

/** {@code /projects/edit.xhtml} (new project) and {@code /projects/edit.xhtml?id=P}: see {@link EditorBacking}. */
@Named("projectEditor")
@RequestScoped
public class ProjectEditorBacking extends EditorBacking<Project, ProjectFormFields> {

    @Inject
    private ProjectService projects;

    public ProjectEditorBacking() {
        super(new ProjectFormFields());
    }

    @Override
    protected Project editable(long id) {
        return projects.editable(id);
    }

    @Override
    protected ProjectFormFields formOf(Project project) {
        return ProjectFormFields.of(project.details());
    }

    @Override
    protected Project store(Long id, int expectedVersion, ProjectFormFields form) {
        return id == null ? projects.create(form.toDetails()) : projects.edit(id, expectedVersion, form.toDetails());
    }

    @Override
    protected void confirm(Project project, boolean created) {
        if (!created) {
            Texts.info(null, "project.saved");
        } else if (project.getVisibility() == ProjectVisibility.DRAFT) {
            Texts.info(null, "project.created");
        } else {
            // Chosen on the form: saying "it stays a draft" here would tell the owner the opposite of what happened.
            Texts.info(null, "project.createdVisible", Texts.text("projectVisibility." + project.getVisibility().name()));
        }
    }

    @Override
    protected String formId() {
        return "projectForm";
    }

    @Override
    protected String page() {
        return "/projects/project";
    }

    @Override
    protected java.util.Map<String, String> texts(ProjectFormFields shown) {
        return shown.texts();
    }
}
