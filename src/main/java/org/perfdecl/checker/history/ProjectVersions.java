package org.perfdecl.checker.history;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The stored checks of one project (unit + project name + budget year), oldest first, each with what
 * changed since the one before.
 *
 * @param totalVersions how many versions are stored; {@code versions} holds one page of them
 */
public record ProjectVersions(String projectKey, String unit, String projectName, Integer budgetYear,
                              long totalVersions, int page, int size, List<Version> versions) {

    /** @param changes null for the first version */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Version(int version, ReportSummary report, VersionChanges changes) {
    }
}
