package org.perfdecl.checker.office;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.office.FormLayout.Variation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Office fixtures from the seed JSON: each seed as .xlsx and .docx laid out like the official
 * 2019 template (fixtures/seeds/), and the variations units really produce (fixtures/office/).
 * Run (see fixtures/README.md): <pre>mvn -B -q test -Dtest=OfficeFixtureGeneratorRun -Dfixtures.write=true</pre>
 * The .xls/.doc/.pdf copies are made from these by LibreOffice (fixtures/README.md).
 */
public final class OfficeFixtureGenerator {

    static final List<String> SEEDS = List.of("seed-1-hardship-allowance", "seed-2-special-hardship",
            "seed-3-festival-greetings", "seed-4-worker-assistance", "seed-5-flexible-employment");

    private OfficeFixtureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "fixtures"));
    }

    static void write(Path fixtures) throws IOException {
        Path seeds = fixtures.resolve("seeds");
        Path office = Files.createDirectories(fixtures.resolve("office"));
        List<FormLayout> all = new ArrayList<>();
        for (String seed : SEEDS) {
            Declaration d = seed(seeds, seed);
            FormLayout form = FormLayout.of(d, Variation.NONE);
            all.add(form);
            try (var book = new FormFixtureWriter.Book()) {
                book.write(book.sheet("申报表"), form, 0);
                Files.write(seeds.resolve(seed + ".xlsx"), book.bytes());
            }
            Files.write(seeds.resolve(seed + ".docx"), FormFixtureWriter.docx(List.of(form), true));
        }

        // several forms: one per sheet, and one after another on a sheet
        try (var book = new FormFixtureWriter.Book()) {
            for (int i = 0; i < all.size(); i++) {
                book.write(book.sheet("表" + (i + 1)), all.get(i), 0);
            }
            Files.write(office.resolve("five-forms-five-sheets.xlsx"), book.bytes());
        }
        try (var book = new FormFixtureWriter.Book()) {
            Sheet sheet = book.sheet("申报表");
            int row = 0;
            for (FormLayout form : all) {
                row = book.write(sheet, form, row) + 2;
            }
            Files.write(office.resolve("five-forms-one-sheet.xlsx"), book.bytes());
        }

        Variation none = Variation.NONE;
        // amounts in 万元
        xlsx(office.resolve("variant-wan-yuan.xlsx"), seed(seeds, SEEDS.get(0)),
                new Variation(true, false, false, false, false, false), false, false);
        // an extra blank row, and a hidden row with text that must not be read
        xlsx(office.resolve("variant-blank-and-hidden-rows.xlsx"), seed(seeds, SEEDS.get(1)),
                new Variation(false, true, false, false, true, false), false, false);
        // columns in another order (indicator and sub-project tables)
        Declaration third = seed(seeds, SEEDS.get(2));
        Variation reordered = new Variation(false, false, true, false, false, false);
        xlsx(office.resolve("variant-column-order.xlsx"), third, reordered, false, false);
        Files.write(office.resolve("variant-column-order.docx"), FormFixtureWriter.docx(List.of(FormLayout.of(third, reordered)), false));
        // a second sheet with notes, and a hidden sheet holding another form
        xlsx(office.resolve("variant-notes-sheet.xlsx"), seed(seeds, SEEDS.get(3)), none, true, false);
        // the form on the second sheet, its total a formula (read as its cached value)
        xlsx(office.resolve("variant-second-sheet.xlsx"), seed(seeds, SEEDS.get(4)),
                new Variation(false, false, false, false, false, true), false, true);
        // no 分解目标 row above the indicator table
        Declaration first = seed(seeds, SEEDS.get(0));
        Variation noBreakdown = new Variation(false, false, false, true, false, false);
        xlsx(office.resolve("variant-no-breakdown.xlsx"), first, noBreakdown, false, false);
        Files.write(office.resolve("variant-no-breakdown.docx"), FormFixtureWriter.docx(List.of(FormLayout.of(first, noBreakdown)), true));
    }

    private static void xlsx(Path file, Declaration d, Variation v, boolean notesAndHiddenSheet, boolean coverFirst)
            throws IOException {
        try (var book = new FormFixtureWriter.Book()) {
            if (coverFirst) {
                Sheet cover = book.sheet("封面");
                cover.createRow(1).createCell(0).setCellValue("2019年度项目支出预算申报材料");
                cover.createRow(3).createCell(0).setCellValue("报送单位：" + d.unit());
            }
            book.write(book.sheet("申报表"), FormLayout.of(d, v), 0);
            if (notesAndHiddenSheet) {
                Sheet notes = book.sheet("填表说明");
                String[] lines = {"填表说明", "1. 项目类型、资金用途请在对应选项后打√。", "2. 金额单位为元，保留两位小数。",
                        "3. 分解目标应包含产出目标和效果目标。"};
                for (int i = 0; i < lines.length; i++) {
                    notes.createRow(i).createCell(0).setCellValue(lines[i]);
                }
                Sheet hidden = book.sheet("旧版");
                book.write(hidden, FormLayout.of(new Declaration("上海市财政支出项目绩效目标申报表", null, 2018, "旧单位",
                        "旧项目", d.projectType(), d.fundUse(), d.startDate(), d.endDate(), "", "", "", "",
                        d.totalBudget(), d.currentYearBudget(), d.lastYearBudget(), d.lastYearSpent(), null, d.subProjects(),
                        "", "", "", d.indicators(), "", null, null), Variation.NONE), 0);
                book.workbook.setSheetVisibility(book.workbook.getSheetIndex(hidden), SheetVisibility.HIDDEN);
            }
            Files.write(file, book.bytes());
        }
    }

    private static Declaration seed(Path seeds, String name) throws IOException {
        return DeclarationJson.read(Files.readString(seeds.resolve(name + ".json")));
    }
}
