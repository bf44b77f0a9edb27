package org.perfdecl.checker.history;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The documents of a stored check: the canonical declaration and the report, as JSON text. */
@Entity
@Immutable
@Table(name = "check_report_document")
public class StoredDocument {

    @Id
    private String reportId;
    private String declaration;
    private String report;

    protected StoredDocument() {
    }

    public String getReportId() {
        return reportId;
    }

    public String getDeclaration() {
        return declaration;
    }

    public String getReport() {
        return report;
    }
}
