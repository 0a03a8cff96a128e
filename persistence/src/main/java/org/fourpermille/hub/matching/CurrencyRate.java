package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/**
 * How many units of a currency one euro buys, as the secretariat last set it. Amounts in different
 * currencies are compared in euros. EUR is the pivot and stays 1. The rows seeded by the migration carry
 * {@link #DEMO_SOURCE}-like markers in {@code updatedBy}: demo values until the secretariat sets them.
 */
@Entity
@Table(name = "currency_rate")
@NamedQuery(name = CurrencyRate.ALL, query = "SELECT r FROM CurrencyRate r ORDER BY r.currency")
public class CurrencyRate {

    public static final String ALL = "CurrencyRate.all";
    public static final String EUR = "EUR";
    /** What {@code updatedBy} starts with on the rows the migration seeded. */
    public static final String DEMO_SOURCE = "seed:";
    /** numeric(18, 6): at most 12 digits before the point. */
    public static final BigDecimal MAX_RATE = new BigDecimal("999999999999");
    public static final int SCALE = 6;

    @Id
    @Column(length = 3)
    private String currency;

    @Column(name = "units_per_eur", precision = 18, scale = SCALE, nullable = false)
    private BigDecimal unitsPerEur;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 254, nullable = false)
    private String updatedBy;

    @Version
    private int version;

    protected CurrencyRate() {
    }

    /** A rate for a currency the table does not have yet. */
    public static CurrencyRate create(String currency, BigDecimal unitsPerEur, String actor, Instant now) {
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!isIsoCurrency(code)) {
            throw new InvalidInputException(java.util.List.of(FieldProblem.of("currency", "currency.error.code")));
        }
        CurrencyRate rate = new CurrencyRate();
        rate.currency = code;
        rate.unitsPerEur = BigDecimal.ONE;
        if (!EUR.equals(code)) {
            rate.change(unitsPerEur, actor, now);
        } else {
            rate.updatedAt = now;
            rate.updatedBy = actor;
        }
        return rate;
    }

    /** Whether this is an active ISO 4217 code that Java knows (so it has a symbol and a name). */
    public static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** Sets a new rate; the euro cannot change, a rate must be positive and fit the column. */
    public void change(BigDecimal newUnitsPerEur, String actor, Instant now) {
        if (EUR.equals(currency)) {
            throw new BusinessException("currency.error.eurFixed");
        }
        if (newUnitsPerEur == null) {
            throw new InvalidInputException(java.util.List.of(FieldProblem.of("rate", "error.required")));
        }
        BigDecimal scaled = newUnitsPerEur.setScale(SCALE, RoundingMode.HALF_UP);
        if (scaled.signum() <= 0 || scaled.compareTo(MAX_RATE) > 0) {
            throw new InvalidInputException(java.util.List.of(FieldProblem.of("rate", "currency.error.rate")));
        }
        unitsPerEur = scaled;
        updatedAt = now;
        updatedBy = actor;
    }

    /** The amount in euros, to the cent. */
    public BigDecimal toEur(BigDecimal amount) {
        return amount == null ? null : amount.divide(unitsPerEur, 2, RoundingMode.HALF_UP);
    }

    /** An amount in euros expressed in this currency, to the cent. */
    public BigDecimal fromEur(BigDecimal euros) {
        return euros == null ? null : euros.multiply(unitsPerEur).setScale(2, RoundingMode.HALF_UP);
    }

    /** True while the rate is still the demo value the migration seeded. */
    public boolean isDemoValue() {
        return updatedBy != null && updatedBy.startsWith(DEMO_SOURCE) && !EUR.equals(currency);
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getUnitsPerEur() {
        return unitsPerEur;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }
}
