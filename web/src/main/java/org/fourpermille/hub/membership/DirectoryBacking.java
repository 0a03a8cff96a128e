package org.fourpermille.hub.membership;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.AccessRefusedException;
import org.fourpermille.hub.shared.Forbidden;
import org.omnifaces.cdi.Param;

/**
 * {@code /directory/organisations.xhtml}: the directory of organisations for signed-in people. As in the
 * secretariat's queue, the filter lives in the address (the form's action redirects to it), so a search
 * can be bookmarked and shared, and the database serves one page of results at a time.
 */
@Named("directory")
@RequestScoped
public class DirectoryBacking {

    static final int PAGE_SIZE = 20;

    @Inject @Param(name = "q")
    private String q;
    @Inject @Param(name = "type")
    private String type;
    @Inject @Param(name = "country")
    private String country;
    @Inject @Param(name = "region")
    private String region;
    @Inject @Param(name = "level")
    private String level;
    @Inject @Param(name = "college")
    private String college;
    @Inject @Param(name = "status")
    private String status;
    @Inject @Param(name = "page")
    private Integer page;

    @Inject
    private OrganisationDirectory directory;

    private boolean staff;
    private List<DirectoryRow> rows;
    private long total;
    private List<SelectItem> colleges;

    private boolean refused;

    @PostConstruct
    void load() {
        try {
            list();
        } catch (AccessRefusedException notForTheReader) {
            refused = true;
        }
    }

    /** Before the page renders: the refusal page (403) for a reader the directory is not for. */
    public void requireAllowed() throws IOException {
        if (refused) {
            Forbidden.send();
        }
    }

    private void list() {
        staff = directory.seesEveryStatus();
        DirectoryFilter filter = new DirectoryFilter(q, parse(OrganisationType.class, type), country,
                parse(Region.class, region), parse(MembershipLevel.class, level), College.ofCode(college).orElse(null),
                staff ? parse(OrganisationStatus.class, status) : null);
        total = directory.count(filter);
        rows = directory.search(filter, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private static <E extends Enum<E>> E parse(Class<E> enumType, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(enumType, value);
        } catch (IllegalArgumentException e) {
            return null; // a mistyped address shows everything rather than an error
        }
    }

    /** Shows the directory filtered as chosen, at an address that says so (first page). */
    public void search() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/directory/organisations.xhtml" + query(filterParameters()));
    }

    /** The address of another page of the same results. */
    public String pageLink(int target) {
        Map<String, String> parameters = filterParameters();
        parameters.put("page", String.valueOf(target));
        return query(parameters);
    }

    private Map<String, String> filterParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("type", type);
        parameters.put("country", country);
        parameters.put("region", region);
        parameters.put("level", level);
        parameters.put("college", college);
        parameters.put("status", staff ? status : null);
        return parameters;
    }

    /** {@code ?name=value&...} of the parameters that have a value, URL-encoded; empty when none has. */
    static String query(Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    public List<DirectoryRow> getRows() {
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

    /** Whether the status filter is offered: to the secretariat and administrators only. */
    public boolean isStaff() {
        return staff;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public MembershipLevel[] getLevels() {
        return MembershipLevel.values();
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    public List<SelectItem> getColleges() {
        if (colleges == null) {
            Locale locale = locale();
            colleges = directory.colleges(locale).entrySet().stream()
                    .map(c -> new SelectItem(c.getKey().code(), c.getValue())).toList();
        }
        return colleges;
    }

    public List<SelectItem> getCountries() {
        return ApplicationFormFields.countries(locale());
    }

    /** A country's name in the reader's language. */
    public String countryName(String code) {
        return countryName(code, locale());
    }

    static String countryName(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        try {
            return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
        } catch (java.util.IllformedLocaleException notACountry) {
            return code; // imported data may hold a code no one knows: show it as it is
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCollege() {
        return college;
    }

    public void setCollege(String college) {
        this.college = college;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
