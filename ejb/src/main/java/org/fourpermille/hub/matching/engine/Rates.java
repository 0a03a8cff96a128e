package org.fourpermille.hub.matching.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The currency rates table: how many units of a currency one euro buys. The euro is always there at 1.
 * Amounts in two currencies are compared without dividing, exactly ({@code a / rateA} against
 * {@code b / rateB} is {@code a * rateB} against {@code b * rateA}), in doubles when they are clearly
 * apart and in {@link BigDecimal} when they are near enough for a rounding to matter, so that a
 * project seeking exactly an offer's minimum is in, whatever the currencies.
 */
public final class Rates {

    public static final String EUR = "EUR";
    /** Only the euro: amounts in any other currency cannot be compared with euros. */
    public static final Rates EURO_ONLY = new Rates(Map.of());

    private static final double CLOSE = 1e-9;

    private record Rate(BigDecimal exact, double approx) {
    }

    private final Map<String, Rate> rates = new HashMap<>();
    private final Map<String, BigDecimal> table;

    private Rates(Map<String, BigDecimal> unitsPerEur) {
        Map<String, BigDecimal> table = new TreeMap<>();
        table.put(EUR, BigDecimal.ONE);
        unitsPerEur.forEach((code, rate) -> {
            String currency = Codes.currency(code);
            Codes.require(rate != null && rate.signum() > 0, "rate of " + currency + " is not positive: " + rate);
            Codes.require(!EUR.equals(currency) || rate.compareTo(BigDecimal.ONE) == 0, "the rate of the euro is 1, not " + rate);
            table.put(currency, rate);
        });
        table.forEach((currency, rate) -> rates.put(currency, new Rate(rate, rate.doubleValue())));
        this.table = Collections.unmodifiableMap(table);
    }

    /** A table from units per euro for each currency. */
    public static Rates of(Map<String, BigDecimal> unitsPerEur) {
        return new Rates(unitsPerEur);
    }

    public boolean knows(String currency) {
        return rates.containsKey(currency);
    }

    public Optional<BigDecimal> unitsPerEur(String currency) {
        return Optional.ofNullable(table.get(currency));
    }

    /** Every rate, the euro included, by currency code. */
    public Map<String, BigDecimal> asMap() {
        return table;
    }

    /** An amount in euros, to 10 significant digits, if the rate is known. */
    public Optional<BigDecimal> toEur(BigDecimal amount, String currency) {
        Rate rate = rates.get(currency);
        return rate == null ? Optional.empty() : Optional.of(amount.divide(rate.exact, MathContext.DECIMAL64));
    }

    /**
     * Compares two amounts in their currencies, both known to this table unless they are the same
     * currency; the approximations are the amounts' double values, given by the caller who keeps them.
     */
    int compare(BigDecimal a, double aApprox, String aCurrency, BigDecimal b, double bApprox, String bCurrency) {
        if (aCurrency.equals(bCurrency)) {
            return a.compareTo(b);
        }
        Rate aRate = rates.get(aCurrency);
        Rate bRate = rates.get(bCurrency);
        double left = aApprox * bRate.approx;
        double right = bApprox * aRate.approx;
        if (Math.abs(left - right) > CLOSE * Math.max(Math.abs(left), Math.abs(right))) {
            return left < right ? -1 : 1;
        }
        return a.multiply(bRate.exact).compareTo(b.multiply(aRate.exact));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rates that && table.equals(that.table);
    }

    @Override
    public int hashCode() {
        return table.hashCode();
    }

    @Override
    public String toString() {
        return "Rates" + table;
    }
}
