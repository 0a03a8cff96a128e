package org.fourpermille.hub.membership;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

/**
 * {@code /secretariat/applications.xhtml}: the queue of applications, oldest first, with counts per
 * status. The filter is in the address (a GET form), so a filtered queue can be bookmarked and shared
 * between colleagues, and every node can serve any page of it.
 */
@Named("applications")
@RequestScoped
public class ApplicationsBacking {

    static final int PAGE_SIZE = 25;

    @Inject @Param(name = "status")
    private String status;
    @Inject @Param(name = "type")
    private String type;
    @Inject @Param(name = "level")
    private String level;
    @Inject @Param(name = "country")
    private String country;
    @Inject @Param(name = "age")
    private Integer age;
    @Inject @Param(name = "page")
    private Integer page;

    @Inject
    private ApplicationReview review;

    private ApplicationFilter filter;
    private List<MembershipApplication> rows;
    private long total;
    private Map<ApplicationStatus, Long> counts;

    @PostConstruct
    void load() {
        filter = new ApplicationFilter(parse(ApplicationStatus.class, status), parse(OrganisationType.class, type),
                parse(MembershipLevel.class, level), country == null || country.isBlank() ? null : country,
                age == null || age <= 0 ? null : age);
        total = review.count(filter);
        rows = review.search(filter, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        counts = review.countsByStatus();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null; // a mistyped address shows everything rather than an error
        }
    }

    /** How long an application has waited since it was first submitted, in days. */
    public long ageInDays(MembershipApplication application) {
        return application.getSubmittedAt() == null ? 0
                : java.time.Duration.between(application.getSubmittedAt(), java.time.Instant.now()).toDays();
    }

    public List<MembershipApplication> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public Map<ApplicationStatus, Long> getCounts() {
        return counts;
    }

    public List<ApplicationStatus> getStatuses() {
        return List.copyOf(counts.keySet());
    }

    public ApplicationFilter getFilter() {
        return filter;
    }

    public int getPage() {
        return page == null || page < 1 ? 1 : page;
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public MembershipLevel[] getLevels() {
        return MembershipLevel.values();
    }

    public List<SelectItem> getAgeChoices() {
        return java.util.stream.IntStream.of(7, 30, 90)
                .mapToObj(days -> new SelectItem(days, org.fourpermille.hub.shared.Texts.text("applications.olderThan", days)))
                .toList();
    }

    /** Shows the queue filtered as chosen, at an address that says so. */
    public String filter() {
        StringBuilder outcome = new StringBuilder("/secretariat/applications?faces-redirect=true");
        append(outcome, "status", status);
        append(outcome, "type", type);
        append(outcome, "level", level);
        append(outcome, "country", country);
        append(outcome, "age", age == null ? null : age.toString());
        return outcome.toString();
    }

    private static void append(StringBuilder outcome, String name, String value) {
        if (value != null && !value.isBlank()) {
            outcome.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public void setType(String type) {
        this.type = type;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public List<SelectItem> getCountries() {
        return ApplicationFormFields.countries(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getStatus() {
        return status;
    }

    public String getType() {
        return type;
    }

    public String getLevel() {
        return level;
    }

    public String getCountry() {
        return country;
    }

    public Integer getAge() {
        return age;
    }
}
