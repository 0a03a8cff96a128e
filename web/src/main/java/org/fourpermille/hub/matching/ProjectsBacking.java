package org.fourpermille.hub.matching;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.Navigation;
import org.fourpermille.hub.shared.Role;
import org.omnifaces.cdi.Param;

/**
 * {@code /projects/index.xhtml}: the projects the reader may see, narrowed by stage, country, region or
 * practice, or to their own organisation's (drafts included). The filter is in the address, so a filtered
 * list can be bookmarked and every node can serve any page of it.
 */
@Named("projects")
@RequestScoped
public class ProjectsBacking {

    static final int PAGE_SIZE = 20;

    @Inject @Param(name = "stage")
    private String stage;
    @Inject @Param(name = "country")
    private String country;
    @Inject @Param(name = "region")
    private String region;
    @Inject @Param(name = "practice")
    private String practice;
    @Inject @Param(name = "mine")
    private Boolean mine;
    @Inject @Param(name = "page")
    private Integer page;

    @Inject
    private ProjectService service;
    @Inject
    private Navigation navigation;

    private List<Project> rows;
    private long total;

    @PostConstruct
    void load() {
        ProjectFilter filter = new ProjectFilter(MatchingChoices.parse(ProjectStage.class, stage),
                country == null || !country.matches("[A-Za-z]{2}") ? null : country.toUpperCase(Locale.ROOT),
                MatchingChoices.parse(Region.class, region), practice == null || practice.isBlank() ? null : practice,
                Boolean.TRUE.equals(mine));
        total = service.count(filter);
        rows = service.search(filter, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** Representatives of a partner organisation propose projects; the service checks it again. */
    public boolean isMayPropose() {
        return navigation.has(Role.PARTNER_NAME) || navigation.has(Role.MEMBER_NAME);
    }

    public String filter() {
        StringBuilder outcome = new StringBuilder("/projects/index?faces-redirect=true");
        append(outcome, "stage", stage);
        append(outcome, "country", country);
        append(outcome, "region", region);
        append(outcome, "practice", practice);
        append(outcome, "mine", Boolean.TRUE.equals(mine) ? "true" : null);
        return outcome.toString();
    }

    static void append(StringBuilder outcome, String name, String value) {
        if (value != null && !value.isBlank()) {
            outcome.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public List<Project> getRows() {
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

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public Boolean getMine() {
        return Boolean.TRUE.equals(mine);
    }

    public void setMine(Boolean mine) {
        this.mine = mine;
    }
}
