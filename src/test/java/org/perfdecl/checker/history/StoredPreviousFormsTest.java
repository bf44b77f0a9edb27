package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.ProjectKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A history database that does not answer costs the comparison, once, not every check its timeout. */
class StoredPreviousFormsTest {

    @Test
    void aFailingDatabaseIsLeftAloneForAWhile() {
        StoredReportRepository reports = mock(StoredReportRepository.class);
        when(reports.findFirstByProjectKeyOrderByCheckedAtDescIdDesc(anyString()))
                .thenThrow(new IllegalStateException("Connection is not available, request timed out after 3000ms"));
        StoredPreviousForms forms = new StoredPreviousForms(reports, mock(StoredDocumentRepository.class));
        ProjectKey key = new ProjectKey("上海市总工会", "困难职工帮扶专项资金", 2018);

        assertThat(forms.find(key)).isEmpty();
        assertThat(forms.find(key)).isEmpty();
        verify(reports, times(1)).findFirstByProjectKeyOrderByCheckedAtDescIdDesc(key.urlKey());
    }
}
