package org.fourpermille.hub.matching.projects;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.AssessmentService;
import org.fourpermille.hub.matching.Project;
import org.fourpermille.hub.matching.ProjectService;

/**
 * The dashboard's "investment opportunities": for funders and the secretariat, the latest projects of the
 * showcase at the top of the page (one query, the first {@value #SHOWN}); for other representatives only a
 * link lower down, so their dashboard costs no query for it.
 */
@Named("opportunities")
@RequestScoped
public class OpportunitiesBacking {

    static final int SHOWN = 5;

    @Inject
    private ProjectService projectService;
    @Inject
    private AssessmentService assessments;

    private Boolean first;
    private List<Project> latest;

    /** Whether the block opens the dashboard (funders and the secretariat). */
    public boolean isFirst() {
        if (first == null) {
            first = projectService.showcaseFirst();
        }
        return first;
    }

    public List<Project> getLatest() {
        if (latest == null) {
            latest = isFirst() ? assessments.showcase(SHOWN) : List.of();
        }
        return latest;
    }

    public String countries(Project project, Locale locale) {
        return ShowcaseBacking.countryNames(project, locale);
    }
}
