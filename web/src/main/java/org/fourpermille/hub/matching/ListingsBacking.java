package org.fourpermille.hub.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.AccessRefusedException;
import org.fourpermille.hub.shared.Forbidden;
import org.fourpermille.hub.shared.Navigation;
import org.fourpermille.hub.shared.Role;
import org.omnifaces.cdi.Param;

/**
 * A list of projects or offers the reader may see, narrowed by stage, country, region or practice, or to their
 * own organisation's, one page of {@value #PAGE_SIZE} at a time. The filter is in the address, so a filtered
 * list can be bookmarked and every node can serve any page of it.
 *
 * @param <T> the project or offer
 * @param <F> the service's filter
 */
public abstract class ListingsBacking<T, F> {

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
    private Navigation navigation;

    private List<T> rows;
    private long total;

    /** The service's filter from the address, through the parsed values below. */
    protected abstract F criteria();

    protected abstract long count(F filter);

    protected abstract List<T> search(F filter, int first, int max);

    /** The list's outcome, without query. */
    protected abstract String page();

    /** Adds the list's own parameters to the filter's outcome. */
    protected void appendOwn(StringBuilder outcome) {
    }

    private boolean refused;

    @PostConstruct
    void load() {
        try {
            F filter = criteria();
            total = count(filter);
            rows = search(filter, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        } catch (AccessRefusedException notForTheReader) {
            refused = true;
        }
    }

    /** Before the page renders: the refusal page (403) for a reader the list is not for. */
    public void requireAllowed() throws IOException {
        if (refused) {
            Forbidden.send();
        }
    }

    protected ProjectStage stageFilter() {
        return MatchingChoices.parse(ProjectStage.class, stage);
    }

    protected String countryFilter() {
        return country == null || !country.matches("[A-Za-z]{2}") ? null : country.toUpperCase(Locale.ROOT);
    }

    protected Region regionFilter() {
        return MatchingChoices.parse(Region.class, region);
    }

    protected String practiceFilter() {
        return practice == null || practice.isBlank() ? null : practice;
    }

    /** Representatives of a partner organisation propose projects and publish offers; the services check it again. */
    public boolean isRepresentative() {
        return navigation.has(Role.PARTNER_NAME) || navigation.has(Role.MEMBER_NAME);
    }

    /** The list again, with the filter typed in its address. */
    public String filter() {
        StringBuilder outcome = new StringBuilder(page()).append("?faces-redirect=true");
        appendOwn(outcome);
        append(outcome, "stage", stage);
        append(outcome, "country", country);
        append(outcome, "region", region);
        append(outcome, "practice", practice);
        append(outcome, "mine", Boolean.TRUE.equals(mine) ? "true" : null);
        return outcome.toString();
    }

    protected static void append(StringBuilder outcome, String name, String value) {
        if (value != null && !value.isBlank()) {
            outcome.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public List<T> getRows() {
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
