package org.fourpermille.hub.matching.projects;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.ListingsBacking;
import org.fourpermille.hub.matching.Project;
import org.fourpermille.hub.matching.ProjectFilter;
import org.fourpermille.hub.matching.ProjectService;

/**
 * {@code /projects/index.xhtml}: the projects the reader may see, narrowed by stage, country, region or
 * practice, or to their own organisation's (drafts included); see {@link ListingsBacking}.
 */
@Named("projects")
@RequestScoped
public class ProjectsBacking extends ListingsBacking<Project, ProjectFilter> {

    @Inject
    private ProjectService service;

    @Override
    protected ProjectFilter criteria() {
        return new ProjectFilter(stageFilter(), countryFilter(), regionFilter(), practiceFilter(), getMine());
    }

    @Override
    protected long count(ProjectFilter filter) {
        return service.count(filter);
    }

    @Override
    protected List<Project> search(ProjectFilter filter, int first, int max) {
        return service.search(filter, first, max);
    }

    @Override
    protected String page() {
        return "/projects/index";
    }
}
