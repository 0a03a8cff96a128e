package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /secretariat/reference.xhtml}: the practices and the currency rates. {@code ?practice=CODE} or
 * {@code ?currency=USD} fills the form with one of them; without, the forms add a new one.
 */
@Named("reference")
@RequestScoped
public class ReferenceBacking {

    @Inject @Param(name = "practice")
    private String practiceCode;
    @Inject @Param(name = "currency")
    private String currencyParam;

    @Inject
    private ReferenceData reference;

    private String code;
    private Integer version;
    private String labelEn;
    private String labelFr;
    private String labelEs;
    private Integer sortOrder;
    private boolean active = true;
    private boolean editingPractice;

    private String currency;
    private BigDecimal rate;

    @PostConstruct
    void load() {
        if (practiceCode != null && !practiceCode.isBlank()) {
            try {
                Practice practice = reference.practice(practiceCode);
                code = practice.getCode();
                version = practice.getVersion();
                labelEn = practice.getLabelEn();
                labelFr = practice.getLabelFr();
                labelEs = practice.getLabelEs();
                sortOrder = practice.getSortOrder();
                active = practice.isActive();
                editingPractice = true;
            } catch (NotFoundException unknown) {
                code = null;
            }
        }
        if (currencyParam != null) {
            reference.rates().stream().filter(r -> r.getCurrency().equals(currencyParam)).findFirst().ifPresent(r -> {
                currency = r.getCurrency();
                rate = r.getUnitsPerEur().stripTrailingZeros();
            });
        }
    }

    public List<Practice> getPractices() {
        return reference.practices();
    }

    public List<CurrencyRate> getRates() {
        return reference.rates();
    }

    public String savePractice() {
        try {
            Practice saved = reference.savePractice(code, version, labelEn, labelFr, labelEs,
                    sortOrder == null ? 0 : sortOrder, active);
            Texts.info(null, "reference.practiceSaved", saved.getLabelEn());
            return "/secretariat/reference?faces-redirect=true";
        } catch (BusinessException refused) {
            FormRefusal.show("practiceForm", refused);
            return null;
        }
    }

    public String saveRate() {
        try {
            CurrencyRate saved = reference.saveRate(currency, rate);
            Texts.info(null, "reference.rateSaved", saved.getCurrency());
            return "/secretariat/reference?faces-redirect=true";
        } catch (BusinessException refused) {
            FormRefusal.show("rateForm", refused);
            return null;
        }
    }

    public boolean isEditingPractice() {
        return editingPractice;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public void setLabelEs(String labelEs) {
        this.labelEs = labelEs;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }
}
