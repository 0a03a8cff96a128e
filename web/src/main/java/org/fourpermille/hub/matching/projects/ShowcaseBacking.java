package org.fourpermille.hub.matching.projects;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.AssessmentService;
import org.fourpermille.hub.matching.Project;

/** {@code /projects/showcase.xhtml}: the investment opportunities, projects positively assessed by the STC. */
@Named("showcase")
@RequestScoped
public class ShowcaseBacking {

    @Inject
    private AssessmentService assessments;

    private List<Project> projects;

    @PostConstruct
    void load() {
        projects = assessments.showcase();
    }

    public List<Project> getProjects() {
        return projects;
    }

    /** The project's countries by name in the reader's language. */
    public String countries(Project project, Locale locale) {
        return countryNames(project, locale);
    }

    static String countryNames(Project project, Locale locale) {
        return project.getCriteria().getCountries().stream().map(code -> new Locale("", code).getDisplayCountry(locale))
                .collect(Collectors.joining(", "));
    }
}
