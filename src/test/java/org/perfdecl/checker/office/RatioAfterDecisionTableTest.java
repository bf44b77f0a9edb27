package org.perfdecl.checker.office;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.intake.Intake;
import org.perfdecl.checker.intake.Source;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POI's zip-bomb ratio is one setting for the whole JVM, and Drools' decision-table reader sets it again whenever it
 * opens a workbook (a reload of rules with a table): a form with a long cell of one repeated character (a
 * thousand to one when packed) was then refused as a zip bomb until the service restarted.
 */
class RatioAfterDecisionTableTest {

    @Test
    void aFormThatPacksWellIsReadAfterDroolsReadADecisionTable() throws Exception {
        byte[] xlsx = WellPackedWorkbooks.seedWithLongNotes();
        assertThat(Intake.read(Source.of("before.xlsx", xlsx)).get(0).problem()).isNull();

        new org.drools.decisiontable.parser.xls.ExcelParser(List.of()); // what a reload's table does to the setting

        var entries = Intake.read(Source.of("after.xlsx", xlsx));
        assertThat(entries.get(0).problem()).as("read after a decision table was").isNull();
        assertThat(entries.get(0).declaration().projectName()).isNotBlank();
    }
}
