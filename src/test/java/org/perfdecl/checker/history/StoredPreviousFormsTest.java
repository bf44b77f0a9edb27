package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.ProjectKey;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Last year's form is looked up once per project for a while, and looked up again as soon as this
 * service stores a report of that project; a history database that does not answer costs the
 * comparison once, not every check its timeout.
 */
class StoredPreviousFormsTest {

    private static final ProjectKey LAST_YEAR = new ProjectKey("上海市总工会", "困难职工帮扶专项资金", 2018);

    private final ReportHistory history = mock(ReportHistory.class);
    private final DataSource database = Databases.h2();
    private final ReportStore store = new ReportStore(database);

    private StoredPreviousForms forms() {
        ReportStore.migrate(database);
        return new StoredPreviousForms(history, store);
    }

    @Test
    void aFailingDatabaseIsLeftAloneForAWhile() {
        when(history.lastVersion(anyString()))
                .thenThrow(new IllegalStateException("Connection is not available, request timed out after 3000ms"));
        StoredPreviousForms forms = forms();

        assertThat(forms.find(LAST_YEAR)).isEmpty();
        assertThat(forms.find(LAST_YEAR)).isEmpty();
        verify(history, times(1)).lastVersion(LAST_YEAR.urlKey());
    }

    @Test
    void aProjectWithoutLastYearsFormIsAskedAboutOnce() {
        when(history.lastVersion(anyString())).thenReturn(Optional.empty());
        StoredPreviousForms forms = forms();

        assertThat(forms.find(LAST_YEAR)).isEmpty();
        assertThat(forms.find(LAST_YEAR)).isEmpty();
        assertThat(forms.find(new ProjectKey("上海市总工会", "另一个项目", 2018))).isEmpty();
        verify(history, times(1)).lastVersion(LAST_YEAR.urlKey());
    }

    @Test
    void storingAReportOfTheProjectMakesTheNextCheckAskAgain() throws SQLException {
        when(history.lastVersion(anyString())).thenReturn(Optional.empty());
        StoredPreviousForms forms = forms();
        forms.find(LAST_YEAR);

        store.insert(List.of(record(new ProjectKey("上海市总工会", "另一个项目", 2018))));
        forms.find(LAST_YEAR);
        verify(history, times(1)).lastVersion(LAST_YEAR.urlKey());

        store.insert(List.of(record(LAST_YEAR)));
        forms.find(LAST_YEAR);
        verify(history, times(2)).lastVersion(LAST_YEAR.urlKey());
    }

    private static CheckRecord record(ProjectKey key) {
        return new CheckRecord(UUID.randomUUID().toString(), key, "PASS", 0, 0, 0, "v1", "form.json", "json",
                CheckRecord.ANONYMOUS, Instant.now(), Set.of(), "{}", "{}");
    }
}
