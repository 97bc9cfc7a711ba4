package org.rrhub.incidents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.PrimaryKey;

/**
 * How many of a cell's interventions had one code of a {@link Dimension} (an age band, a gender, ...): the breakdowns
 * of the monthly summary. Codes nobody in the cell had have no row.
 */
@Entity
@Table(name = "incident_breakdown")
@PrimaryKey(columns = {@Column(name = "dimension"), @Column(name = "started_month"), @Column(name = "ward"),
        @Column(name = "intervention_type"), @Column(name = "code")})
class BreakdownCell extends MonthlyCell {

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", length = 20, updatable = false)
    private Dimension dimension;

    @Column(name = "code", length = 20, updatable = false)
    private String code;

    protected BreakdownCell() {
    }

    BreakdownCell(Cell cell, Dimension dimension, String code, int incidents) {
        super(cell, incidents);
        this.dimension = dimension;
        this.code = code;
    }
}
