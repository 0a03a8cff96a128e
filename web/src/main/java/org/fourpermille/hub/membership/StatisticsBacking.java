package org.fourpermille.hub.membership;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.fourpermille.hub.shared.Texts;

/**
 * {@code /statistics.xhtml}: the Initiative in figures, for everyone. Each chart (Chart.js, drawn by
 * PrimeFaces' {@code p:chart} from a JSON configuration; its script carries the page's CSP nonce) is
 * followed by a table of the same figures, which is also what screen readers use. Signed-in readers
 * also see the figures by country.
 */
@Named("statistics")
@RequestScoped
public class StatisticsBacking {

    private static final String PARTNER_COLOUR = "#2f6f3e";
    private static final String MEMBER_COLOUR = "#5b3a1e";
    private static final String TOTAL_COLOUR = "#b26b00";

    @Inject
    private MembershipStatistics statistics;

    private MembershipFigures figures;
    private List<StatisticsTables.Table> tables;

    @PostConstruct
    void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        figures = statistics.figures();
        boolean signedIn = context.getExternalContext().getUserPrincipal() != null;
        tables = StatisticsTables.of(figures, signedIn ? statistics.byCountry() : null, context.getViewRoot().getLocale());
    }

    public FigureRow getTotal() {
        return figures.total();
    }

    public List<StatisticsTables.Table> getTables() {
        return tables;
    }

    /** A chart of one table by id: stacked bars of Partners and Members, or lines over the years. */
    public String chart(String tableId) {
        StatisticsTables.Table table = tables.stream().filter(t -> t.id().equals(tableId)).findFirst().orElseThrow();
        boolean overTime = "cumulative".equals(tableId);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        table.lines().forEach(line -> labels.add(line.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(table, "statistics.column.partners", StatisticsTables.Line::partners, PARTNER_COLOUR, overTime))
                .add(dataset(table, "statistics.column.members", StatisticsTables.Line::members, MEMBER_COLOUR, overTime));
        if (overTime) {
            datasets.add(dataset(table, "statistics.column.total", StatisticsTables.Line::total, TOTAL_COLOUR, true));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", axis(!overTime))
                .add("y", axis(!overTime));
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true);
        if ("type".equals(tableId)) {
            options.add("indexAxis", "y"); // horizontal bars: the types' names are long
        }
        String json = Json.createObjectBuilder()
                .add("type", overTime ? "line" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options.add("scales", scales)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
        // The configuration is written into a script: no label may close it.
        return json.replace("<", "\\u003c");
    }

    /** An axis of whole numbers from zero (the category axis ignores what does not apply to it). */
    private static JsonObjectBuilder axis(boolean stacked) {
        return Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
    }

    private static JsonObjectBuilder dataset(StatisticsTables.Table table, String labelKey,
                                             ToLongFunction<StatisticsTables.Line> value, String colour, boolean line) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        table.lines().forEach(l -> data.add(value.applyAsLong(l)));
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", Texts.text(locale, labelKey))
                .add("data", data)
                .add("backgroundColor", colour)
                .add("borderColor", colour);
        if (line) {
            dataset.add("fill", false).add("tension", 0.2);
        }
        return dataset;
    }
}
