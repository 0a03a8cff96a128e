package org.fourpermille.hub.matching.offers;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.shared.Texts;
import org.fourpermille.hub.matching.CriteriaFields;
import org.fourpermille.hub.matching.Instrument;
import org.fourpermille.hub.matching.MatchingChoices;
import org.fourpermille.hub.matching.OfferDetails;
import org.fourpermille.hub.matching.ProjectStage;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;

/**
 * The offer form as the page binds it: what was typed stays here, so a refused form comes back exactly as
 * it was sent; the criteria it shares with the project form are in {@link CriteriaFields}. Themes are typed as
 * one line, separated by commas.
 */
public class OfferFormFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String language = SupportedLocale.EN.name();
    private String title;
    private String description;
    private List<String> instruments = new ArrayList<>();
    private String themes;
    private CriteriaFields criteria = new CriteriaFields();
    private List<String> regions = new ArrayList<>();
    private List<String> stages = new ArrayList<>();
    private List<String> organisationTypes = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private BigDecimal ticketMin;
    private BigDecimal ticketMax;
    private LocalDate deadline;

    /** The form as the "changed meanwhile" notice shows it, label by label in the reader's language. */
    public Map<String, String> texts() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put(Texts.text("offer.field.language"), language == null ? null : Texts.text("language." + language));
        texts.put(Texts.text("offer.field.title"), title);
        texts.put(Texts.text("offer.field.description"), description);
        texts.put(Texts.text("offer.field.instruments"), String.join(", ", instruments));
        texts.put(Texts.text("offer.field.themes"), themes);
        criteria.addTexts(texts);
        texts.put(Texts.text("offer.field.regions"), String.join(", ", regions));
        texts.put(Texts.text("offer.field.stages"), String.join(", ", stages));
        texts.put(Texts.text("offer.field.organisationTypes"), String.join(", ", organisationTypes));
        texts.put(Texts.text("offer.field.languages"), String.join(", ", languages));
        texts.put(Texts.text("offer.field.ticketMin"), ticketMin == null ? null : ticketMin.toPlainString());
        texts.put(Texts.text("offer.field.ticketMax"), ticketMax == null ? null : ticketMax.toPlainString());
        texts.put(Texts.text("offer.field.deadline"), deadline == null ? null : org.fourpermille.hub.shared.Labels.date(deadline, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        return texts;
    }

    public static OfferFormFields of(OfferDetails details) {
        OfferFormFields fields = new OfferFormFields();
        fields.language = details.language() == null ? null : details.language().name();
        fields.title = details.title();
        fields.description = details.description();
        fields.instruments = MatchingChoices.names(details.instruments());
        fields.themes = String.join(", ", details.themes());
        fields.criteria = CriteriaFields.of(details.criteria());
        fields.regions = MatchingChoices.names(details.regions());
        fields.stages = MatchingChoices.names(details.stages());
        fields.organisationTypes = MatchingChoices.names(details.organisationTypes());
        fields.languages = MatchingChoices.names(details.languages());
        fields.ticketMin = MatchingChoices.plain(details.ticketMin());
        fields.ticketMax = MatchingChoices.plain(details.ticketMax());
        fields.deadline = details.deadline();
        return fields;
    }

    public OfferDetails toDetails() {
        List<String> themeList = themes == null ? List.of() : Arrays.asList(themes.split(","));
        return new OfferDetails(MatchingChoices.parse(SupportedLocale.class, language), title, description,
                MatchingChoices.enums(Instrument.class, instruments), themeList, criteria.toDetails(),
                MatchingChoices.enums(Region.class, regions), MatchingChoices.enums(ProjectStage.class, stages),
                MatchingChoices.enums(OrganisationType.class, organisationTypes),
                MatchingChoices.enums(SupportedLocale.class, languages), ticketMin, ticketMax, deadline);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getInstruments() {
        return instruments;
    }

    public void setInstruments(List<String> instruments) {
        this.instruments = instruments == null ? new ArrayList<>() : instruments;
    }

    public CriteriaFields getCriteria() {
        return criteria;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
    }

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = stages == null ? new ArrayList<>() : stages;
    }

    public List<String> getOrganisationTypes() {
        return organisationTypes;
    }

    public void setOrganisationTypes(List<String> organisationTypes) {
        this.organisationTypes = organisationTypes == null ? new ArrayList<>() : organisationTypes;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public BigDecimal getTicketMin() {
        return ticketMin;
    }

    public void setTicketMin(BigDecimal ticketMin) {
        this.ticketMin = ticketMin;
    }

    public BigDecimal getTicketMax() {
        return ticketMax;
    }

    public void setTicketMax(BigDecimal ticketMax) {
        this.ticketMax = ticketMax;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
