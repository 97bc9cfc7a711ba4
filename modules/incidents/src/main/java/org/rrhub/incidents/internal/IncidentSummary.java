package org.rrhub.incidents.internal;

import jakarta.persistence.EntityManager;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.Indicators;
import org.rrhub.persistence.api.Multitenancy;

/**
 * Keeps a provider's monthly summary ({@link SummaryCell}, {@link BreakdownCell}; decision 0017) in step with its
 * incidents: the summary rows of every month an import changed are deleted and worked out again from
 * {@code incident} with GROUP BY, in the import's transaction, so the figures change exactly when the rows do and a
 * failed import changes neither. Recomputing whole months, rather than adding and subtracting, leaves nothing to drift.
 *
 * <p>This is native SQL: JPQL has no INSERT ... SELECT. EclipseLink adds the tenant only to JPQL, so every statement
 * here names the tenant itself, bound from the import's {@link TenantId} (the tenant the EntityManager is bound to,
 * which is checked), in its WHERE clause: one provider's import reads and writes only that provider's rows.
 */
final class IncidentSummary {

    /** The hours the summary counts the person's views as sought in time within: the product's policy. */
    static final int VIEWS_WITHIN_HOURS = Indicators.DEFAULT_VIEWS_WITHIN_HOURS;

    private static final String OF_THE_SPAN = " WHERE tenant_id = ?1 AND started_month BETWEEN ?2 AND ?3";

    private static final String DELETE_CELLS = "DELETE FROM incident_summary" + OF_THE_SPAN;

    private static final String INSERT_CELLS = "INSERT INTO incident_summary (tenant_id, started_month, ward,"
            + " intervention_type, incidents, reviewed_within_hour, views_sought_in_time, debrief_offered,"
            + " debrief_held)"
            + " SELECT tenant_id, started_month, ward, intervention_type, COUNT(*),"
            + " SUM(CASE WHEN medical_review_minutes <= " + Indicators.MEDICAL_REVIEW_WITHIN_MINUTES
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN views_sought_hours <= " + VIEWS_WITHIN_HOURS + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN debrief_offered THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN debrief_held THEN 1 ELSE 0 END)"
            + " FROM incident" + OF_THE_SPAN
            + " GROUP BY tenant_id, started_month, ward, intervention_type";

    private IncidentSummary() {
    }

    static void recompute(EntityManager em, TenantId tenant, ChangedMonths months) {
        Object bound = em.getProperties().get(Multitenancy.TENANT_PROPERTY);
        if (!tenant.value().equals(bound)) {
            throw new IllegalStateException("The summary of " + tenant + " through an EntityManager bound to " + bound);
        }
        for (ChangedMonths.Span span : months.spans()) {
            run(em, DELETE_CELLS, tenant, span);
            run(em, INSERT_CELLS, tenant, span);
            for (Dimension dimension : Dimension.values()) {
                run(em, "DELETE FROM incident_breakdown" + OF_THE_SPAN + " AND dimension = '" + dimension.name() + "'",
                        tenant, span);
                run(em, insertBreakdown(dimension), tenant, span);
            }
        }
    }

    /** The dimension's name and column are constants of {@link Dimension}, never input, so they are written in. */
    private static String insertBreakdown(Dimension dimension) {
        String column = dimension.incidentColumn();
        return "INSERT INTO incident_breakdown (tenant_id, dimension, started_month, ward, intervention_type, code,"
                + " incidents)"
                + " SELECT tenant_id, '" + dimension.name() + "', started_month, ward, intervention_type, " + column
                + ", COUNT(*)"
                + " FROM incident" + OF_THE_SPAN + " AND " + column + " IS NOT NULL"
                + " GROUP BY tenant_id, started_month, ward, intervention_type, " + column;
    }

    private static void run(EntityManager em, String sql, TenantId tenant, ChangedMonths.Span span) {
        em.createNativeQuery(sql)
                .setParameter(1, tenant.value())
                .setParameter(2, Months.code(span.first()))
                .setParameter(3, Months.code(span.last()))
                .executeUpdate();
    }
}
