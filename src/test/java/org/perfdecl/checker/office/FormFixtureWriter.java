package org.perfdecl.checker.office;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.perfdecl.checker.office.FormLayout.Kind;
import org.perfdecl.checker.office.FormLayout.Placed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws {@link FormLayout}s into an .xlsx sheet or a .docx table, the way the official template looks. */
final class FormFixtureWriter {

    private FormFixtureWriter() {
    }

    // ---------------------------------------------------------------- spreadsheet

    /** A workbook being written: a sheet per call, or several forms one below another on a sheet. */
    static final class Book implements AutoCloseable {
        final XSSFWorkbook workbook = new XSSFWorkbook();
        private final CellStyle text;
        private final CellStyle title;
        private final CellStyle number;
        private final CellStyle date;
        private final CellStyle percent;

        Book() {
            CreationHelper help = workbook.getCreationHelper();
            text = bordered(workbook.createCellStyle());
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            title = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 16);
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            number = bordered(workbook.createCellStyle());
            number.setDataFormat(help.createDataFormat().getFormat("0.00"));
            date = bordered(workbook.createCellStyle());
            date.setDataFormat(help.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            percent = bordered(workbook.createCellStyle());
            percent.setDataFormat(help.createDataFormat().getFormat("0%"));
        }

        private static CellStyle bordered(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        Sheet sheet(String name) {
            Sheet sheet = workbook.createSheet(name);
            int[] widths = {22, 30, 22, 30};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            // printed on A4, one page wide, as units print the form to PDF
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            return sheet;
        }

        /** Writes the form from row {@code first} (0-based); returns the next free row. */
        int write(Sheet sheet, FormLayout form, int first) {
            Map<Integer, Integer> busyUntil = new HashMap<>();
            int r = first;
            for (List<Placed> cells : form.rows()) {
                Row row = sheet.createRow(r);
                row.setHeightInPoints(height(cells));
                for (Placed p : cells) {
                    Cell cell = row.createCell(p.col());
                    switch (p.kind()) {
                        case TITLE -> {
                            cell.setCellValue(p.text());
                            cell.setCellStyle(title);
                        }
                        case NUMBER -> {
                            cell.setCellValue(((java.math.BigDecimal) p.value()).doubleValue());
                            cell.setCellStyle(number);
                        }
                        case FORMULA -> {
                            cell.setCellFormula("ROUND(" + ((java.math.BigDecimal) p.value()).toPlainString() + ",2)");
                            cell.setCellStyle(number);
                        }
                        case DATE -> {
                            cell.setCellValue((LocalDate) p.value());
                            cell.setCellStyle(date);
                        }
                        case PERCENT -> {
                            cell.setCellValue(((java.math.BigDecimal) p.value()).doubleValue());
                            cell.setCellStyle(percent);
                        }
                        default -> {
                            cell.setCellValue(p.text());
                            cell.setCellStyle(text);
                        }
                    }
                    if ("hidden".equals(p.value())) {
                        row.setZeroHeight(true);
                    }
                    for (int c = p.col() + 1; c < p.col() + p.colSpan(); c++) {
                        row.createCell(c).setCellStyle(text);
                    }
                    if (p.colSpan() > 1 || p.rowSpan() > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r + p.rowSpan() - 1, p.col(), p.col() + p.colSpan() - 1));
                    }
                    busyUntil.put(p.col(), r + p.rowSpan() - 1);
                }
                r++;
            }
            return r;
        }

        /** Tall enough for the wrapped text, as Excel's row auto-fit would make it (about 15 characters per 30 columns). */
        private static float height(List<Placed> cells) {
            int lines = 1;
            for (Placed p : cells) {
                int perLine = Math.max(8, 15 * (p.colSpan() == 1 ? (p.col() % 2 == 0 ? 22 : 30) : 104) / 30);
                int n = 0;
                for (String line : p.text().split("\n", -1)) {
                    n += Math.max(1, (line.length() + perLine - 1) / perLine);
                }
                lines = Math.max(lines, (n + p.rowSpan() - 1) / p.rowSpan());
            }
            return 16f * lines;
        }

        byte[] bytes() throws IOException {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cache the formulas' results
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    // ---------------------------------------------------------------- Word

    static byte[] docx(List<FormLayout> forms, boolean contentControls) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (FormLayout form : forms) {
                List<List<Placed>> rows = form.rows();
                int tableFrom = 0;
                // title, year and 申报单位 as paragraphs above the table, as the template has them
                while (tableFrom < rows.size() && rows.get(tableFrom).size() == 1 && rows.get(tableFrom).get(0).colSpan() == FormLayout.COLUMNS) {
                    Placed p = rows.get(tableFrom).get(0);
                    XWPFParagraph para = doc.createParagraph();
                    if (p.kind() == Kind.TITLE) {
                        para.setAlignment(ParagraphAlignment.CENTER);
                    }
                    XWPFRun run = para.createRun();
                    run.setText(p.text());
                    run.setBold(p.kind() == Kind.TITLE);
                    tableFrom++;
                }
                List<List<Placed>> body = rows.subList(tableFrom, rows.size()).stream().filter(r -> !r.isEmpty()).toList();
                XWPFTable table = doc.createTable(body.size(), FormLayout.COLUMNS);
                table.setWidth("100%");
                Map<Integer, Integer> mergedUntil = new HashMap<>();
                for (int r = 0; r < body.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    row.setCantSplitRow(true); // as the template sets it: a row never breaks across pages
                    Placed[] at = new Placed[FormLayout.COLUMNS];
                    for (Placed p : body.get(r)) {
                        at[p.col()] = p;
                    }
                    // walk the grid; a cell spanning columns swallows the cells to its right
                    int cellIndex = 0;
                    for (int c = 0; c < FormLayout.COLUMNS; ) {
                        XWPFTableCell cell = row.getCell(cellIndex);
                        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                        Placed p = at[c];
                        int span = p == null ? 1 : p.colSpan();
                        if (p == null && mergedUntil.getOrDefault(c, -1) >= r) {
                            pr.addNewVMerge().setVal(STMerge.CONTINUE);
                        } else if (p != null) {
                            if (p.rowSpan() > 1) {
                                pr.addNewVMerge().setVal(STMerge.RESTART);
                                mergedUntil.put(c, r + p.rowSpan() - 1);
                            }
                            fill(cell, p, contentControls);
                        }
                        if (span > 1) {
                            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                            for (int k = 1; k < span; k++) {
                                row.removeCell(cellIndex + 1);
                            }
                        }
                        c += span;
                        cellIndex++;
                    }
                }
                doc.createParagraph().setPageBreak(forms.size() > 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XWPFTableCell cell, Placed p, boolean contentControls) {
        XWPFParagraph para = cell.getParagraphs().get(0);
        String text = p.text();
        if (contentControls && text.matches(".*[☑□].*")) {
            // each box as a Word content control (w14:checkbox), the way Word's 开发工具 inserts it
            for (String part : text.split("\\s{2,}")) {
                boolean checked = part.endsWith("☑");
                para.createRun().setText(part.substring(0, part.length() - 1));
                checkbox(para, checked);
                para.createRun().setText("  ");
            }
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                para = cell.addParagraph();
            }
            para.createRun().setText(lines[i]);
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    private static void checkbox(XWPFParagraph para, boolean checked) {
        String glyph = checked ? "☒" : "☐";
        String xml = "<w:sdt xmlns:w=\"" + W + "\" xmlns:w14=\"" + W14 + "\"><w:sdtPr><w14:checkbox>"
                + "<w14:checked w14:val=\"" + (checked ? 1 : 0) + "\"/>"
                + "<w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>"
                + "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/>"
                + "</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>" + glyph + "</w:t></w:r></w:sdtContent></w:sdt>";
        try (XmlCursor cursor = para.getCTP().newCursor()) {
            cursor.toEndToken();
            org.apache.xmlbeans.XmlObject sdt = org.apache.xmlbeans.XmlObject.Factory.parse(xml);
            try (XmlCursor from = sdt.newCursor()) {
                from.toFirstChild();
                from.copyXml(cursor);
            }
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }
}
