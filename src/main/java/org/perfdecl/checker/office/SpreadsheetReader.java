package org.perfdecl.checker.office;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfdecl.checker.declaration.FormTableReader;
import org.perfdecl.checker.declaration.GridCell;
import org.perfdecl.checker.declaration.GridRow;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.declaration.Location;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads declaration forms from a workbook (.xlsx, .xls): every visible sheet, top to bottom, as rows of
 * cells with their {@code Sheet!D23} locations, read by the one {@link FormTableReader}.
 * Cells are read as Excel shows them: formulas as their cached results (calculated only when a file saved none), dates as
 * dates, a merged cell's text in the first column of every row it spans (so 一级指标 merged down the
 * indicator table applies to each row). Hidden rows, columns and sheets are not part of the form.
 * Encrypted or macro-carrying workbooks and oversized sheets are refused with the reason.
 */
public final class SpreadsheetReader {

    /** Each form found, from whichever visible sheet holds it. */
    public List<FormTableReader.ReadForm> read(byte[] bytes) {
        OfficeLimits.init(); // POI's limits, as a decision table read since may have changed them
        try (Workbook workbook = open(bytes)) {
            List<FormTableReader.ReadForm> forms = new ArrayList<>();
            List<String> looked = new ArrayList<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    continue;
                }
                Sheet sheet = workbook.getSheetAt(s);
                looked.add(sheet.getSheetName());
                List<GridRow> rows = new ArrayList<>(rows(sheet, printArea(workbook, s)));
                rows.addAll(printedUnitNotes(sheet));
                try {
                    forms.addAll(new FormTableReader().read(rows));
                } catch (InputException noForm) {
                    // a sheet of notes or a cover page: the form is on another sheet
                }
            }
            if (forms.stream().anyMatch(FormTableReader.ReadForm::titled)) {
                // a sheet of filling instructions lists the field labels too (项目名称 | 填写项目全称): beside a
                // form with its title, a sheet without one is not a form
                forms.removeIf(f -> !f.titled());
            }
            if (forms.isEmpty()) {
                throw InputException.coded("not-a-form", "no declaration form found in the workbook: no visible sheet ("
                        + String.join(", ", looked) + ") has a title such as 上海市财政支出项目绩效目标申报表 or field "
                        + "labels such as 项目名称 beside their value", null);
            }
            return forms;
        } catch (IOException e) {
            throw InputException.coded("damaged", "not a readable workbook: " + OfficeFiles.reason(e), null);
        }
    }

    private static Workbook open(byte[] bytes) {
        try {
            if (OfficeFiles.isZip(bytes)) {
                OfficeLimits.checkZip(bytes);
                return new XSSFWorkbook(new ByteArrayInputStream(bytes));
            }
            if (OfficeFiles.isOle2(bytes)) {
                POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
                DirectoryNode root = fs.getRoot();
                OfficeFiles.refuseEncryptedOrMacros(root);
                if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                    throw InputException.coded("unknown-format", "not a workbook: the file is an old-style Office file without a "
                            + "worksheet (a Word .doc?)", null);
                }
                return new HSSFWorkbook(root, false);
            }
            throw InputException.coded("unknown-format", "not a workbook: " + OfficeFiles.describe(bytes), null);
        } catch (EncryptedDocumentException e) {
            throw OfficeFiles.encrypted();
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Strict OOXML")) {
                // Excel's 另存为 → Strict Open XML: not damaged, a variant POI does not read (its message named a bug number)
                throw InputException.coded("strict-ooxml", "the workbook is saved as Strict Open XML, which the checker cannot "
                        + "read: open it in Excel or WPS and save it as an ordinary Excel workbook (.xlsx)", null);
            }
            // POI's zip-bomb guard, a damaged zip or OLE2 container, an unreadable record
            throw InputException.coded("damaged", "not a readable workbook: " + OfficeFiles.reason(e), null);
        }
    }

    /**
     * The sheet's print area (rows and columns, first and last, from 0), or null when it sets none: the printed
     * form. Columns to its right (a reviewer's check column, workings beside the form) are not part of it; rows
     * below it are still read, as a print area not moved when the form grew would cut off its table. Several
     * areas are read as the rectangle around them.
     */
    static int[] printArea(Workbook workbook, int sheet) {
        String area;
        try {
            area = workbook.getPrintArea(sheet);
        } catch (RuntimeException unreadable) {
            return null;
        }
        if (area == null || area.isBlank()) {
            return null;
        }
        int[] box = null;
        for (String part : area.split(",")) {
            try {
                AreaReference ref = new AreaReference(part.strip(), workbook.getSpreadsheetVersion());
                CellReference a = ref.getFirstCell();
                CellReference b = ref.getLastCell();
                int[] r = {Math.min(a.getRow(), b.getRow()), Math.max(a.getRow(), b.getRow()),
                        Math.min(a.getCol(), b.getCol()), Math.max(a.getCol(), b.getCol())};
                box = box == null ? r : new int[]{Math.min(box[0], r[0]), Math.max(box[1], r[1]), Math.min(box[2], r[2]), Math.max(box[3], r[3])};
            } catch (RuntimeException unreadable) {
                return null; // a print area we cannot read limits nothing
            }
        }
        if (box != null && box[0] < 0) {
            box[0] = 0; // whole columns ($A:$F): every row
        }
        if (box != null && box[1] < 0) {
            box[1] = Integer.MAX_VALUE;
        }
        return box;
    }

    /**
     * The visible rows of a sheet (not past its print area's last column, when it has one), leading empty columns dropped,
     * merged cells spread over their rows. A row that is wholly the lower part of one cell merged down from
     * above (a title merged over two rows) is the same line as the row above, not a row of its own.
     */
    static List<GridRow> rows(Sheet sheet, int[] area) {
        String name = sheet.getSheetName();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        OfficeLimits.CellBudget budget = new OfficeLimits.CellBudget("sheet " + name);
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            // counted in longs: POI's int count overflows for a range like A31:XFD1048576
            long cells = (long) (region.getLastRow() - region.getFirstRow() + 1) * (region.getLastColumn() - region.getFirstColumn() + 1);
            if (cells > 10_000 || cells < 1 || region.getFirstColumn() >= OfficeLimits.MAX_COLUMNS) {
                continue; // a whole-column merge, or far right of any form: formatting, not a form cell
            }
            budget.take(cells, "the merged cells " + region.formatAsString());
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
        // the last column that holds something: cells formatted out to the sheet's edge hold nothing
        int lastColumn = 0;
        for (Row row : sheet) {
            for (int c = Math.min(row.getLastCellNum(), OfficeLimits.MAX_COLUMNS) - 1; c >= lastColumn; c--) {
                if (!text(row.getCell(c), formatter).isEmpty()) {
                    lastColumn = c + 1;
                    break;
                }
            }
        }
        for (CellRangeAddress region : merged.values()) {
            lastColumn = Math.max(lastColumn, Math.min(region.getLastColumn() + 1, OfficeLimits.MAX_COLUMNS));
        }
        List<GridRow> rows = new ArrayList<>();
        int firstUsed = Integer.MAX_VALUE;
        if (area != null) {
            lastColumn = Math.min(lastColumn, area[3] + 1);
        }
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getZeroHeight()) {
                continue;
            }
            if (lowerPartOfOneCell(sheet, row, r, lastColumn, merged, formatter)) {
                continue;
            }
            budget.take(lastColumn, "row " + (r + 1));
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < lastColumn; c++) {
                if (sheet.isColumnHidden(c)) {
                    continue;
                }
                Location at = Location.cell(name, new CellReference(r, c).formatAsString(false));
                CellRangeAddress region = merged.get(key(r, c));
                GridCell cell;
                if (region == null || (region.getFirstRow() == r && region.getFirstColumn() == c)) {
                    cell = new GridCell(text(row == null ? null : row.getCell(c), formatter), at);
                } else if (region.getFirstColumn() == c) {
                    Row top = sheet.getRow(region.getFirstRow());
                    cell = new GridCell(text(top == null ? null : top.getCell(c), formatter),
                            Location.cell(name, new CellReference(region.getFirstRow(), c).formatAsString(false)), true);
                } else {
                    cell = new GridCell("", at);
                }
                if (!cell.isEmpty()) {
                    firstUsed = Math.min(firstUsed, cells.size());
                }
                cells.add(cell);
            }
            rows.add(new GridRow(Location.cell(name, new CellReference(r, 0).formatAsString(false)), cells));
        }
        if (firstUsed > 0 && firstUsed != Integer.MAX_VALUE) {
            int drop = firstUsed;
            rows.replaceAll(row -> new GridRow(row.location(), row.cells().subList(Math.min(drop, row.cells().size()), row.cells().size())));
        }
        return rows;
    }

    /**
     * Whether every cell of row r lies in one merged region begun on an earlier row (or is empty outside any): the
     * row is that cell's lower part, as the second row of a title merged over two rows.
     */
    private static boolean lowerPartOfOneCell(Sheet sheet, Row row, int r, int lastColumn, Map<Long, CellRangeAddress> merged,
                                              DataFormatter formatter) {
        CellRangeAddress only = null;
        for (int c = 0; c < lastColumn; c++) {
            if (sheet.isColumnHidden(c)) {
                continue;
            }
            CellRangeAddress region = merged.get(key(r, c));
            if (region == null) {
                if (row != null && !text(row.getCell(c), formatter).isEmpty()) {
                    return false;
                }
                continue;
            }
            if (region.getFirstRow() == r || (only != null && only != region)) {
                return false;
            }
            only = region;
        }
        return only != null;
    }

    /** A number with thousands separators and a currency sign as a format shows it: ¥3,000,000.00, -¥1,200. */
    private static final Pattern CURRENCY_NUMBER = Pattern.compile(
            "^\\s*(-)?\\s*([¥￥$€£]|CN¥|RMB)?\\s*(-)?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*$");

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /**
     * A number as shown, without what a currency or accounting format adds to it: {@code "¥"#,##0.00} shows
     * ¥3,000,000.00, which is the number 3000000. A format that adds a unit or a percent sign
     * ({@code 0"万元"}, 95%) is kept as shown, since the unit is part of what the cell says.
     */
    static String number(String shown) {
        Matcher m = CURRENCY_NUMBER.matcher(shown);
        if (!m.matches() || (m.group(2) == null && shown.indexOf(',') < 0)) {
            return shown;
        }
        String sign = m.group(1) != null || m.group(3) != null ? "-" : "";
        return sign + new BigDecimal(m.group(4).replace(",", "")).stripTrailingZeros().toPlainString();
    }

    /**
     * The cell as Excel shows it; dates as ISO dates; formulas as their cached result. A cell whose stored
     * value does not fit its type (a number cell holding {@code abc}, an error code Excel does not have) is
     * read as what it stores, so the field gets its finding instead of the workbook being lost.
     */
    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        String text;
        try {
            text = withoutSavedResult(cell) ? calculated(cell, formatter) : shown(cell, formatter);
        } catch (RuntimeException unreadable) {
            text = stored(cell);
        }
        return text.strip();
    }

    /**
     * A formula saved without its result: a workbook written by a script or a web export (Excel saves the result,
     * and calculates it again on opening). POI reads such a cell as 0, so a budget of =470*10000 was 0 元 and the form
     * passed with no budget finding.
     */
    private static boolean withoutSavedResult(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA || !(cell instanceof XSSFCell x)) {
            return false;
        }
        var c = x.getCTCell();
        // openpyxl writes every formula with an empty result (<v></v>): no result either, unless the formula's type is
        // text, whose result may be empty
        return !c.isSetV() || (c.getV().isEmpty() && (!c.isSetT()
                || c.getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.N));
    }

    /**
     * A formula without its saved result, calculated as Excel calculates it on opening; the formula as written
     * ({@code =SUMX(B2:B9)}) when it cannot be (a function POI lacks, a link to another workbook), so the field gets its
     * finding naming what the cell holds rather than an amount nobody wrote.
     */
    private static String calculated(Cell cell, DataFormatter formatter) {
        try {
            var value = cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluate(cell);
            return switch (value.getCellType()) {
                case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                        ? DateUtil.getLocalDateTime(value.getNumberValue()).toLocalDate().toString()
                        : onlyShapesTheNumber(cell.getCellStyle().getDataFormatString()) && Double.isFinite(value.getNumberValue())
                        ? held(value.getNumberValue())
                        : number(formatter.formatRawCellContents(value.getNumberValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString()));
                case STRING -> value.getStringValue();
                case BOOLEAN -> value.getBooleanValue() ? "TRUE" : "FALSE";
                // POI's own codes (~CIRCULAR~REF~ of a formula that refers to itself) are no error Excel shows: the formula
                case ERROR -> value.getErrorValue() < 0 ? "=" + cell.getCellFormula() : FormulaError.forInt(value.getErrorValue()).getString();
                default -> "";
            };
        } catch (RuntimeException | StackOverflowError cannot) {
            return "=" + cell.getCellFormula();
        }
    }

    /** What a cell stores, without its style (which may point past the workbook's styles) or type. */
    private static String stored(Cell cell) {
        try {
            if (cell instanceof XSSFCell x) {
                return x.getCTCell().isSetV() ? x.getCTCell().getV() : "";
            }
            return cell.getCellType() == CellType.NUMERIC
                    ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                    : cell.getStringCellValue();
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    /**
     * A date cell as an ISO date, or as its format writes it when that is in Chinese (yyyy"年"m"月"d"日" shows
     * 2026年6月30日, which a target such as ≤2026年6月30日 is read and reported as, as the reviewer sees it).
     */
    private static String date(Cell cell, DataFormatter formatter) {
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("年")) {
            // POI's formatter keeps the quotes of a date format's literal text (2026"年"6"月"30"日")
            String shown = formatter.formatCellValue(cell).replace("\"", "");
            if (shown.matches("\\d{4}年\\d{1,2}月(\\d{1,2}日)?")) {
                return shown;
            }
        }
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }

    /**
     * The built-in date formats of Chinese Excel, by index, as they show a date: a workbook saved by it names
     * only the index (31), which is no format POI knows (it shows 46023 as "46023x1F"). Year and month, or
     * year, month and day; a month and day alone read as an ISO date. The time formats (32-35, 55, 56) are not here.
     */
    private static final Map<Integer, String> CHINESE_BUILTIN_DATES = Map.ofEntries(
            Map.entry(27, "年月"), Map.entry(28, "月日"), Map.entry(29, "月日"), Map.entry(30, "iso"),
            Map.entry(31, "年月日"), Map.entry(36, "年月"), Map.entry(50, "年月"), Map.entry(51, "月日"),
            Map.entry(52, "年月"), Map.entry(53, "月日"), Map.entry(54, "月日"), Map.entry(57, "年月"), Map.entry(58, "月日"));

    /** A number under one of Chinese Excel's built-in date formats, as it shows; null for any other cell. */
    private static String builtinChineseDate(Cell cell) {
        String kind = CHINESE_BUILTIN_DATES.get(cell.getCellStyle().getDataFormat() & 0xFFFF);
        String format = cell.getCellStyle().getDataFormatString();
        if (kind == null || (format != null && !format.startsWith("reserved"))) {
            return null; // the file defines the format itself: POI reads it
        }
        double serial = cell.getNumericCellValue();
        if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
            return null;
        }
        java.time.LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
        return switch (kind) {
            case "年月日" -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            case "年月" -> d.getYear() + "年" + d.getMonthValue() + "月";
            default -> d.toString();
        };
    }

    private static String shown(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? date(cell, formatter)
                    : builtinChineseDate(cell) != null ? builtinChineseDate(cell) : numeric(cell, formatter);
            case STRING -> withBoxes(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /** Excel's codes in a print header or footer: &"宋体,常规" (font), &12 (size), &P, &D, &L … */
    private static final Pattern PRINT_CODES = Pattern.compile("&\"[^\"]*\"|&\\d+|&[A-Za-z&]");

    /**
     * 金额单位：万元 written only in the sheet's print header or footer (on every printed page, as the form's own notes):
     * a row after the sheet's, as a note at the form's foot is read; the amounts were 10,000 times too small without it.
     */
    private static List<GridRow> printedUnitNotes(Sheet sheet) {
        List<GridRow> notes = new ArrayList<>();
        try {
            for (var margin : List.of(sheet.getHeader(), sheet.getFooter())) {
                for (String part : new String[]{margin.getLeft(), margin.getCenter(), margin.getRight()}) {
                    String text = part == null ? "" : PRINT_CODES.matcher(part).replaceAll(" ");
                    for (String piece : text.split("\\s{2,}|\\t|\\n|\\u3000+")) {
                        if (FormTableReader.isUnitNote(piece)) {
                            // told where Excel shows it: the page setup's header or footer, by the sheet
                            Location at = Location.cell(sheet.getSheetName(), margin instanceof org.apache.poi.ss.usermodel.Footer ? "页脚" : "页眉");
                            notes.add(new GridRow(at, List.of(new GridCell(piece.strip(), at))));
                        }
                    }
                }
            }
        } catch (RuntimeException unreadable) {
            // a header POI cannot read says nothing of the amounts
        }
        return notes;
    }

    /**
     * A number cell: the number it holds when its format only rounds, groups, signs or writes it in scientific notation
     * (#,##0 shows 860.56 as 861, and the sums a budget is checked by are of what the cell holds; (60) is -60;
     * 8.60E+06 is 8600000), to Excel's 15 significant digits; as shown when the format adds a unit or a percent sign
     * ({@code 0"万元"}, 95%), which is part of what the cell says.
     */
    private static String numeric(Cell cell, DataFormatter formatter) {
        if (onlyShapesTheNumber(cell.getCellStyle().getDataFormatString())) {
            double value = cell.getNumericCellValue();
            if (Double.isFinite(value)) {
                return held(value);
            }
        }
        return number(formatter.formatCellValue(cell));
    }

    /** A number as the cell holds it, to Excel's 15 significant digits (0.1+0.2 is 0.3), in plain notation. */
    private static String held(double value) {
        return new BigDecimal(value, new java.math.MathContext(15)).stripTrailingZeros().toPlainString();
    }

    /** Brackets ([Red], [$¥-804], [DBNum2]), padding and fill (_) *-), escapes (\¥) and quoted currency signs. */
    private static final Pattern FORMAT_DECORATION = Pattern.compile("\\[[^\\]]*]|_.|\\*.|\\\\.|\"[¥￥$ ]*\"");
    /** What is left of a format that only shapes a number: digits' places, grouping, the point, signs, E+ notation. */
    private static final Pattern NUMBER_SHAPE = Pattern.compile("[0#?,. ()+\\-¥￥$]*(?:E[+-][0#]+)?[0#?,. ()+\\-¥￥$]*");

    static boolean onlyShapesTheNumber(String format) {
        if (format == null || format.isBlank()) {
            return true;
        }
        for (String section : format.split(";", -1)) {
            String shape = FORMAT_DECORATION.matcher(section).replaceAll("").strip();
            if (shape.equalsIgnoreCase("General") || shape.equals("G/通用格式") || shape.isEmpty()) {
                continue;
            }
            if (!NUMBER_SHAPE.matcher(shape).matches() || (shape.indexOf('0') < 0 && shape.indexOf('#') < 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text cell with what its symbol-font parts draw: the tick boxes of 项目类型 typed as R (☑) and £ (□) in
     * Wingdings 2, in runs of their own or as the whole cell's font, were read as the letters R and £.
     */
    private static String withBoxes(Cell cell) {
        var rich = cell.getRichStringCellValue();
        String text = rich.getString();
        Workbook workbook = cell.getSheet().getWorkbook();
        if (SymbolFonts.isSymbolFont(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName())) {
            return SymbolFonts.boxes(text);
        }
        if (rich.numFormattingRuns() == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            int start = rich.getIndexOfFormattingRun(i);
            int end = i + 1 < rich.numFormattingRuns() ? rich.getIndexOfFormattingRun(i + 1) : text.length();
            if (start < at || start > text.length() || end > text.length() || end < start) {
                return text; // runs that do not fit the text: the text as it is
            }
            out.append(text, at, start);
            String run = text.substring(start, end);
            Font font = runFontOf(rich, i, workbook);
            if (font != null && struckBeside(font, text, start, end)) {
                at = end; // 900 struck through before 860: the correction, not 900860
                continue;
            }
            if (font != null && font.getTypeOffset() == Font.SS_SUPER && out.length() > 0
                    && (Character.isDigit(out.charAt(out.length() - 1)) || out.charAt(out.length() - 1) == '%')) {
                at = end; // 1250 and a note's superscript 1: the amount, not 12501
                continue;
            }
            out.append(SymbolFonts.isSymbolFont(font == null ? null : font.getFontName()) ? SymbolFonts.boxes(run) : run);
            at = end;
        }
        return out.append(text.substring(at)).toString();
    }

    /** The font of a rich text's run, or null. */
    private static Font runFontOf(org.apache.poi.ss.usermodel.RichTextString rich, int run, Workbook workbook) {
        if (rich instanceof org.apache.poi.xssf.usermodel.XSSFRichTextString x) {
            return x.getFontOfFormattingRun(run);
        }
        if (rich instanceof org.apache.poi.hssf.usermodel.HSSFRichTextString h) {
            short index = h.getFontOfFormattingRun(run);
            return index < 0 || index >= workbook.getNumberOfFonts() ? null : workbook.getFontAt(index);
        }
        return null;
    }

    /** A struck-through run in a cell that also holds text not struck through: an old value, crossed out. */
    private static boolean struckBeside(Font font, String text, int start, int end) {
        return font.getStrikeout() && !(text.substring(0, start) + text.substring(end)).isBlank();
    }
}
