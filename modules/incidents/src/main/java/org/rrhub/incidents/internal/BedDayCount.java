package org.rrhub.incidents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.incidents.api.BedDays;
import org.rrhub.persistence.api.Multitenancy;

import java.util.UUID;

/** Occupied bed days of one ward in one month, the denominator of the rates. Tenant-owned. */
@Entity
@Table(name = "bed_days")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class BedDayCount {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "service", nullable = false, length = 120)
    private String service;

    @Column(name = "ward", nullable = false, length = 120, updatable = false)
    private String ward;

    @Column(name = "bed_month", nullable = false, updatable = false)
    private int month;

    @Column(name = "occupied_bed_days", nullable = false)
    private int occupiedBedDays;

    @Column(name = "import_id", nullable = false, length = 36)
    private String importId;

    protected BedDayCount() {
    }

    BedDayCount(BedDays days, String importId) {
        this.id = UUID.randomUUID().toString();
        this.ward = days.ward();
        this.month = Months.code(days.month());
        correctWith(days, importId);
    }

    /** A later extract for the same ward and month replaces the figure: providers correct their counts. */
    final void correctWith(BedDays days, String importId) {
        this.service = days.service();
        this.occupiedBedDays = days.occupiedBedDays();
        this.importId = importId;
    }

    String key() {
        return key(ward, month);
    }

    static String key(String ward, int month) {
        return ward.toLowerCase(java.util.Locale.ROOT) + "|" + month;
    }
}
