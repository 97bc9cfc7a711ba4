package org.rrhub.web.support;

import org.rrhub.incidents.api.InterventionType;
import org.rrhub.incidents.api.Insight;

import java.util.Map;

/** The insight page's model, the same for the provider and for a reviewer of the provider. */
public final class IncidentPageModel {

    private IncidentPageModel() {
    }

    /**
     * @param formAction where the filter form is sent (the provider's page or the reviewer's page of the provider)
     * @param provider   the reviewed provider's name, or null on the provider's own page
     */
    public static Page insightPage(Insight insight, Map<String, String> values, FormErrors errors, String formAction,
                                   String provider) {
        String period = IncidentCharts.month(insight.filter().from()) + " to " + IncidentCharts.month(insight.filter().to());
        return Page.of("incidents", provider == null ? "Incident data" : "Incident data: " + provider)
                .with("insight", insight).with("figures", IncidentCharts.of(insight)).with("values", values)
                .with("errors", errors).with("types", InterventionType.values()).with("formAction", formAction)
                .with("provider", provider).with("period", period)
                .with("overallRate", IncidentCharts.rate(insight.overall().ratePer1000()))
                .with("overallCount", IncidentCharts.whole(insight.overall().count()))
                .with("benchmarkFigures", benchmarkFigures(insight))
                .with("reportLink", "/incidents/board-report.pdf?from=" + insight.filter().from() + "&to="
                        + insight.filter().to());
    }

    /** The quartiles and the provider's own rate as text, or an empty map when there is no benchmark. */
    private static Map<String, String> benchmarkFigures(Insight insight) {
        var view = insight.benchmark();
        if (view == null || !view.available()) {
            return Map.of();
        }
        var q = view.benchmark().quartiles();
        return Map.of("lower", IncidentCharts.rate(q.lowerQuartile()), "median", IncidentCharts.rate(q.median()),
                "upper", IncidentCharts.rate(q.upperQuartile()), "own", IncidentCharts.rate(view.ownRate()),
                "quarter", view.benchmark().quarter().label());
    }
}
