package org.rrhub.incidents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.PrimaryKey;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.persistence.api.Multitenancy;

/**
 * One of the problems a refused extract was refused for, kept so the provider can see later what was wrong where.
 * Worded without any value from the file (see {@link Problems}). Numbered in file order within its import; nothing
 * loads one by id, so EclipseLink's {@code @PrimaryKey} names the key. Tenant-owned.
 */
@Entity
@Table(name = "incident_import_problem")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
@PrimaryKey(columns = {@Column(name = "import_id"), @Column(name = "problem_number")})
class RefusalProblem {

    static final int MAX_COLUMN_LENGTH = 120;
    static final int MAX_MESSAGE_LENGTH = 1000;

    @Column(name = "import_id", length = 36, updatable = false)
    private String importId;

    @Column(name = "problem_number", updatable = false)
    private int number;

    @Column(name = "file_row", updatable = false)
    private long row;

    @Column(name = "file_column", length = MAX_COLUMN_LENGTH, updatable = false)
    private String column;

    @Column(name = "message", length = MAX_MESSAGE_LENGTH, updatable = false)
    private String message;

    protected RefusalProblem() {
    }

    RefusalProblem(String importId, int number, ImportProblem problem) {
        this.importId = importId;
        this.number = number;
        this.row = problem.row();
        this.column = cut(problem.column(), MAX_COLUMN_LENGTH);
        this.message = cut(problem.message(), MAX_MESSAGE_LENGTH);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    ImportProblem toProblem() {
        return new ImportProblem(row, column, message);
    }
}
