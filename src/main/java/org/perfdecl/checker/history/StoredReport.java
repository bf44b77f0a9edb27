package org.perfdecl.checker.history;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A stored check as the list shows it (table {@code check_report}; written by {@link ReportStore}). */
@Entity
@Immutable
@Table(name = "check_report")
public class StoredReport {

    @Id
    private String id;
    private String projectKey;
    private String unit;
    private String projectName;
    private Integer budgetYear;
    private String status;
    private int errors;
    private int warnings;
    private int infos;
    private String ruleSetVersion;
    private String sourceName;
    private String sourceFormat;
    private String actor;
    private Instant checkedAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "check_report_rule", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "rule_id")
    private Set<String> ruleIds;

    protected StoredReport() {
    }

    public String getId() {
        return id;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getUnit() {
        return unit;
    }

    public String getProjectName() {
        return projectName;
    }

    public Integer getBudgetYear() {
        return budgetYear;
    }

    public String getStatus() {
        return status;
    }

    public int getErrors() {
        return errors;
    }

    public int getWarnings() {
        return warnings;
    }

    public int getInfos() {
        return infos;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourceFormat() {
        return sourceFormat;
    }

    public String getActor() {
        return actor;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Set<String> getRuleIds() {
        return new TreeSet<>(ruleIds);
    }
}
