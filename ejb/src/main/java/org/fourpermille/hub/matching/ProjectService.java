package org.fourpermille.hub.matching;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;

/**
 * Projects on the Projects Interface. Representatives of an active partner organisation (partner or
 * member role) create their organisation's projects and are the only ones who change them; a draft is
 * seen by its organisation and the secretariat only, any other project by every representative; an STC
 * expert sees the projects assigned to them for assessment (see {@link ProjectScope}). A project the
 * caller may not see, or may not change on a form meant for changing, is "not found".
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class ProjectService extends ListingService<Project> {

    public static final String PROJECT_PAGE = "/projects/project.xhtml?id=";

    public ProjectService() {
        super(Project.class, "project", "p", "project");
    }

    /** A project the caller may see. */
    public Project read(long projectId) {
        Account me = caller.get();
        ProjectScope scope = ProjectScope.of(me);
        Project project = em.find(Project.class, projectId);
        if (project == null || !scope.sees(project, scope.expertId() != null && isAssignedTo(project, me))) {
            throw new NotFoundException();
        }
        return project;
    }

    /**
     * Whether the investment opportunities come first for the caller (funders and the secretariat): the
     * dashboard opens on them and the projects list puts the showcase at its top.
     */
    public boolean showcaseFirst() {
        return ProjectScope.showcaseFirst(caller.get());
    }

    /** Whether the caller may change this project (a representative of its organisation). */
    public boolean mayEdit(long projectId) {
        Project project = read(projectId);
        return Callers.represents(caller.get(), project.getOrganisation());
    }

    /** A project for its edit form: only its organisation's representatives get it; anyone else, "not found". */
    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME})
    public Project editable(long projectId) {
        return owned(projectId);
    }

    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME})
    public Project create(ProjectDetails details) {
        return add((organisation, me) -> Project.create(organisation, me, details, reference.activePracticeCodes(),
                reference.currencies(), clock.now()), AuditAction.PROJECT_CREATED);
    }

    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME})
    public Project edit(long projectId, int expectedVersion, ProjectDetails details) {
        ProjectVisibility before = owned(projectId).getVisibility();
        Project project = change(projectId, expectedVersion,
                p -> p.edit(details, reference.activePracticeCodes(), reference.currencies(), clock.now()), AuditAction.PROJECT_EDITED);
        visibilityChanged(project, before);
        return project;
    }

    /** Draft, partners, or showcase (once the STC assessed the project positively). */
    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME})
    public Project changeVisibility(long projectId, int expectedVersion, ProjectVisibility visibility) {
        if (visibility == null) {
            throw new BusinessException("error.required");
        }
        ProjectVisibility before = owned(projectId).getVisibility();
        Project project = change(projectId, expectedVersion, p -> p.changeVisibility(visibility, clock.now()), null);
        visibilityChanged(project, before);
        return project;
    }

    private void visibilityChanged(Project project, ProjectVisibility before) {
        if (before != project.getVisibility()) {
            audited(AuditAction.PROJECT_VISIBILITY_CHANGED, project, before + " -> " + project.getVisibility());
        }
    }

    /**
     * One page of the projects the caller may see, narrowed by the filter, most recently changed first; for
     * funders and the secretariat the showcase's projects come before the others.
     */
    public List<Project> search(ProjectFilter filter, int first, int max) {
        String showcaseFirst = showcaseFirst() ? "p.visibility = 'SHOWCASE' DESC, " : "";
        return page(where(filter), showcaseFirst + "p.updated_at DESC, p.id DESC", first, max);
    }

    public long count(ProjectFilter filter) {
        return count(where(filter));
    }

    /**
     * The latest projects shown to partners (or in the showcase), for the Projects Interface's front page;
     * an expert without the partner's view gets only those of them assigned to them.
     */
    public List<Project> latestVisible(int max) {
        ProjectScope scope = ProjectScope.of(caller.get());
        if (!scope.partnerView() && scope.expertId() == null) {
            return List.of();
        }
        var query = ProjectLists.withTexts(em.createQuery("SELECT p FROM Project p JOIN FETCH p.organisation WHERE p.visibility <> :draft"
                        + (scope.partnerView() ? "" : " AND " + ProjectScope.ASSIGNED_JPQL)
                        + " ORDER BY p.updatedAt DESC, p.id DESC", Project.class))
                .setParameter("draft", ProjectVisibility.DRAFT).setMaxResults(max);
        if (!scope.partnerView()) {
            query.setParameter("expert", scope.expertId());
        }
        return query.getResultList();
    }

    private boolean isAssignedTo(Project project, Account expert) {
        return !em.createQuery("SELECT a.id FROM AssessmentAssignment a WHERE a.request.project = :project AND a.expert = :expert",
                        Long.class)
                .setParameter("project", project).setParameter("expert", expert).setMaxResults(1).getResultList().isEmpty();
    }

    private SqlFilter where(ProjectFilter filter) {
        Account me = caller.get();
        Organisation own = Organisation.of(me);
        SqlFilter where = new SqlFilter();
        ProjectScope.of(me).narrow(where);
        if (filter.mine()) {
            where.where("p.organisation_id = ?", own == null ? -1L : own.getId());
        }
        if (filter.stage() != null) {
            where.where("p.stage = ?", filter.stage().name());
        }
        if (filter.country() != null) {
            where.where("? = ANY (p.countries)", filter.country().toUpperCase(Locale.ROOT));
        }
        if (filter.region() != null) {
            where.where("(p.region = ? OR p.countries && " + SqlFilter.countriesOf(filter.region()) + ")",
                    filter.region().name());
        }
        if (filter.practice() != null) {
            where.where("? = ANY (p.practices)", filter.practice());
        }
        return where;
    }

    @Override
    protected String title(Project project) {
        return project.title(Locale.ENGLISH);
    }

    @Override
    protected TypedQuery<Project> batched(TypedQuery<Project> query) {
        return ProjectLists.withTexts(query);
    }
}
