package org.rrhub.incidents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.PrimaryKey;

/** A cell of the monthly summary with the counts the indicators are worked out from. */
@Entity
@Table(name = "incident_summary")
@PrimaryKey(columns = {@Column(name = "started_month"), @Column(name = "ward"), @Column(name = "intervention_type")})
class SummaryCell extends MonthlyCell {

    /** Of the cell's interventions, the ones with a medical review at most 60 minutes after the start. */
    @Column(name = "reviewed_within_hour")
    private int reviewedWithinHour;

    /** Of the cell's interventions, the ones whose person's views were sought within the policy's hours. */
    @Column(name = "views_sought_in_time")
    private int viewsSoughtInTime;

    @Column(name = "debrief_offered")
    private int debriefOffered;

    @Column(name = "debrief_held")
    private int debriefHeld;

    protected SummaryCell() {
    }

    SummaryCell(Cell cell, int incidents, int reviewedWithinHour, int viewsSoughtInTime, int debriefOffered,
                int debriefHeld) {
        super(cell, incidents);
        this.reviewedWithinHour = reviewedWithinHour;
        this.viewsSoughtInTime = viewsSoughtInTime;
        this.debriefOffered = debriefOffered;
        this.debriefHeld = debriefHeld;
    }
}
