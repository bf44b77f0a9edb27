package org.perfdecl.checker.office;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.perfdecl.checker.declaration.FormTableReader;
import org.perfdecl.checker.declaration.GridCell;
import org.perfdecl.checker.declaration.GridRow;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.declaration.Location;

import javax.xml.namespace.QName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads declaration forms from a Word document (.docx, .doc): paragraphs outside tables as one-cell rows
 * (located by their paragraph number, as {@code line N}), every table row as a row of cells located
 * {@code table T row R cell C}, nested tables after the row that holds them. Cells merged across columns
 * (gridSpan) keep the grid's columns; a cell merged down (vMerge) repeats in every row it spans.
 * Content-control check boxes (w14:checkbox), legacy form-field boxes and Wingdings box symbols become
 * ☑/□, so the shared {@link FormTableReader} reads them like glyph boxes.
 */
public final class WordReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    public List<FormTableReader.ReadForm> read(byte[] bytes) {
        OfficeLimits.init(); // POI's limits, as a decision table read since may have changed them
        List<GridRow> rows = open(bytes);
        try {
            return new FormTableReader().read(rows);
        } catch (InputException e) {
            throw InputException.codedAt("not-a-form", "no declaration form found in the document: no paragraph or table holds a title "
                    + "such as 上海市财政支出项目绩效目标申报表 or field labels such as 项目名称 beside their value", null);
        }
    }

    private static List<GridRow> open(byte[] bytes) {
        try {
            if (OfficeFiles.isZip(bytes)) {
                OfficeLimits.checkZip(bytes);
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                    return new Docx().rows(doc);
                }
            }
            if (OfficeFiles.isOle2(bytes)) {
                POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
                DirectoryNode root = fs.getRoot();
                OfficeFiles.refuseEncryptedOrMacros(root);
                if (!root.hasEntry("WordDocument")) {
                    throw InputException.coded("unknown-format", "not a Word document: the file is an old-style Office file without "
                            + "a document (an Excel .xls?)", null);
                }
                try (HWPFDocument doc = new HWPFDocument(root)) {
                    return doc(doc);
                }
            }
            throw InputException.coded("unknown-format", "not a Word document: " + OfficeFiles.describe(bytes), null);
        } catch (EncryptedDocumentException e) {
            throw OfficeFiles.encrypted();
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InputException.coded("damaged", "not a readable Word document: " + OfficeFiles.reason(e), null);
        }
    }

    // ------------------------------------------------------------------ .docx

    private static final class Docx {
        private final List<GridRow> rows = new ArrayList<>();
        private final OfficeLimits.CellBudget budget = new OfficeLimits.CellBudget("document");
        private int paragraphs;
        private int tables;

        List<GridRow> rows(XWPFDocument doc) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    List<XmlObject> boxes = new ArrayList<>();
                    paragraph(text(p, boxes));
                    boxes.forEach(box -> textBox(box, doc));
                } else if (element instanceof XWPFTable t) {
                    table(t);
                } else if (element instanceof XWPFSDT sdt) {
                    paragraph(sdt.getContent().getText());
                }
            }
            // 金额单位：万元 written only in the page header or footer (printed on every page): the amounts' unit, read
            // 10,000 times too small without it; read after the body, as a note at the form's foot is
            List<org.apache.poi.xwpf.usermodel.XWPFHeaderFooter> margins = new ArrayList<>(doc.getHeaderList());
            margins.addAll(doc.getFooterList());
            for (var margin : margins) {
                List<XWPFParagraph> texts = new ArrayList<>(margin.getParagraphs());
                margin.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> texts.addAll(c.getParagraphs()))));
                for (XWPFParagraph p : texts) {
                    for (String piece : text(p).split("\\t|\\s{2,}|\\u3000+")) {
                        if (FormTableReader.isUnitNote(piece)) {
                            paragraph(piece);
                        }
                    }
                }
            }
            return rows;
        }

        private void paragraph(String text) {
            budget.take(1, "paragraph " + (paragraphs + 1));
            Location at = Location.line(++paragraphs);
            rows.add(new GridRow(at, List.of(new GridCell(text.strip(), at))));
        }

        /**
         * A text box's content (w:txbxContent) after the paragraph that anchors it: its paragraphs as lines, its
         * tables as tables (an indicator table drawn in a text box).
         */
        private void textBox(XmlObject box, XWPFDocument doc) {
            try (XmlCursor c = box.newCursor()) {
                if (!c.toFirstChild()) {
                    return;
                }
                do {
                    QName name = c.getName();
                    if (!W.equals(name.getNamespaceURI())) {
                        continue;
                    }
                    if (name.getLocalPart().equals("p")) {
                        StringBuilder out = new StringBuilder();
                        List<XmlObject> inner = new ArrayList<>();
                        walk(c, out, inner);
                        paragraph(out.toString());
                        inner.forEach(b -> textBox(b, doc));
                    } else if (name.getLocalPart().equals("tbl")) {
                        try {
                            table(new XWPFTable(CTTbl.Factory.parse(c.getObject().xmlText()), doc));
                        } catch (XmlException unreadable) {
                            // a table we cannot parse stays out, as a picture would
                        }
                    }
                } while (c.toNextSibling());
            }
        }

        private void table(XWPFTable table) {
            int number = ++tables;
            Map<Integer, GridCell> above = new HashMap<>();
            int r = 0;
            for (XWPFTableRow row : table.getRows()) {
                r++;
                List<GridCell> cells = new ArrayList<>();
                List<XWPFTable> nested = new ArrayList<>();
                int column = 0;
                int c = 0;
                // grid columns a row leaves empty before its first cell (w:trPr/w:gridBefore: what Word writes after
                // "delete cells, shift left", and PDF or HTML conversions): blank cells, so each cell stays under its
                // column's header (the indicator rows were read one column to the left, and lost)
                int before = Math.min(gridBefore(row), OfficeLimits.MAX_COLUMNS);
                if (before > 0) {
                    budget.take(before, "table " + number + " row " + r);
                }
                for (int k = 0; k < before; k++) {
                    cells.add(new GridCell("", Location.tableCell(number, r, 1)));
                    column++;
                }
                for (XWPFTableCell cell : row.getTableCells()) {
                    c++;
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    // a span past the columns a table can have is a broken or hostile file, not a wider form
                    int span = pr != null && pr.isSetGridSpan()
                            ? (int) Math.max(1, Math.min(pr.getGridSpan().getVal().longValue(), OfficeLimits.MAX_COLUMNS - column))
                            : 1;
                    budget.take(span, "table " + number + " row " + r + " cell " + c);
                    boolean continues = pr != null && pr.isSetVMerge()
                            && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                    GridCell read;
                    if (continues && above.containsKey(column)) {
                        GridCell top = above.get(column);
                        read = new GridCell(top.text(), top.location(), true);
                    } else {
                        read = new GridCell(text(cell), Location.tableCell(number, r, c));
                        above.put(column, read);
                    }
                    cells.add(read);
                    for (int k = 1; k < span; k++) {
                        cells.add(new GridCell("", read.location()));
                    }
                    column += span;
                    nested.addAll(cell.getTables());
                }
                rows.add(new GridRow(Location.tableCell(number, r, 1), cells));
                nested.forEach(this::table);
            }
        }

        /** A row's w:trPr/w:gridBefore, 0 when it has none. */
        private static int gridBefore(XWPFTableRow row) {
            var pr = row.getCtRow().getTrPr();
            if (pr == null) {
                return 0;
            }
            try (XmlCursor k = pr.newCursor()) {
                if (!k.toChild(new QName(W, "gridBefore"))) {
                    return 0;
                }
                String val = k.getAttributeText(new QName(W, "val"));
                return val == null ? 0 : (int) Math.max(0, Math.min(Long.parseLong(val.strip()), Integer.MAX_VALUE));
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }

        private static String text(XWPFTableCell cell) {
            List<String> lines = new ArrayList<>();
            for (XWPFParagraph p : cell.getParagraphs()) {
                lines.add(text(p));
            }
            return String.join("\n", lines).strip();
        }

        /** The paragraph's text with its boxes as ☑/□. */
        static String text(XWPFParagraph p) {
            return text(p, null);
        }

        /**
         * The paragraph's text with its boxes as ☑/□; the content of a text box anchored in it goes to
         * {@code boxes} (read after it, as rows of their own), or, when that is null, into the text.
         */
        static String text(XWPFParagraph p, List<XmlObject> boxes) {
            StringBuilder out = new StringBuilder();
            try (XmlCursor cursor = p.getCTP().newCursor()) {
                walk(cursor, out, boxes);
            }
            return out.toString();
        }

        private static void walk(XmlCursor c, StringBuilder out, List<XmlObject> boxes) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                QName name = c.getName();
                String local = name.getLocalPart();
                boolean w = W.equals(name.getNamespaceURI());
                if (MC.equals(name.getNamespaceURI()) && local.equals("Fallback")) {
                    // Word writes a text box twice (a wps shape and its VML fallback): the first is read
                } else if (w && local.equals("txbxContent") && boxes != null) {
                    boxes.add(c.getObject());
                } else if (w && local.equals("r") && hidden(c)) {
                    // hidden text (w:vanish): neither shown nor printed, not what the form says
                } else if (w && local.equals("r") && runProperty(c, "strike", "dstrike")) {
                    // text struck through (900 before 860): crossed out by hand, as a tracked deletion is
                } else if (w && local.equals("r") && noteMarkAfterFigure(c, out)) {
                    // 1250 and a superscript 1 pointing to a note under the table: the amount, not 12501
                } else if (w && local.equals("r") && inSymbolFont(c)) {
                    out.append(SymbolFonts.boxes(runText(c))); // R typed in Wingdings 2 is ☑, £ is □
                } else if (w && local.equals("t")) {
                    out.append(c.getTextValue());
                } else if (w && local.equals("tab")) {
                    out.append(' ');
                } else if (w && (local.equals("br") || local.equals("cr"))) {
                    out.append('\n');
                } else if (w && local.equals("sym")) {
                    String code = c.getAttributeText(new QName(W, "char"));
                    Character box = SymbolFonts.box(code);
                    if (box != null) {
                        out.append(box);
                    }
                } else if (w && local.equals("fldChar")) {
                    Boolean checked = legacyBox(c);
                    if (checked != null) {
                        out.append(checked ? '☑' : '□');
                    }
                } else if (w && local.equals("sdt")) {
                    Boolean checked = contentControlBox(c);
                    if (checked != null) {
                        out.append(checked ? '☑' : '□'); // the glyph inside is only its picture
                    } else if (showingPlaceholder(c)) {
                        // 单击或点击此处输入文字。: the control's prompt, shown because nothing was filled in
                    } else {
                        walk(c, out, boxes);
                    }
                } else if (w && (local.equals("pPr") || local.equals("rPr") || local.equals("sdtPr")
                        || local.equals("delText") || local.equals("instrText") || local.equals("del") || local.equals("moveFrom"))) {
                    // formatting, deleted text, text moved away (tracked) and field codes are not what the form shows
                } else {
                    walk(c, out, boxes); // runs, hyperlinks, insertions, content-control content, …
                }
            } while (c.toNextSibling());
            c.toParent();
        }

        /** Whether a run is hidden text (w:rPr/w:vanish, unless turned off). */
        private static boolean hidden(XmlCursor run) {
            return switchedOn(run, "rPr", "vanish");
        }

        /** Whether a run has one of these on/off properties on (w:rPr/w:strike, unless w:val turns it off). */
        private static boolean runProperty(XmlCursor run, String... properties) {
            for (String property : properties) {
                if (switchedOn(run, "rPr", property)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether an element's properties ({@code properties}) hold an on/off {@code flag} that is on (no w:val, or not 0/false/off). */
        private static boolean switchedOn(XmlCursor element, String properties, String flag) {
            try (XmlCursor k = element.newCursor()) {
                if (!k.toChild(new QName(W, properties)) || !k.toChild(new QName(W, flag))) {
                    return false;
                }
                String val = k.getAttributeText(new QName(W, "val"));
                return val == null || !(val.equals("0") || val.equalsIgnoreCase("false") || val.equalsIgnoreCase("off"));
            }
        }

        /** A superscript run of digits or a note's mark right after a figure (1250¹, 98%²): a note's reference. */
        private static boolean noteMarkAfterFigure(XmlCursor run, StringBuilder out) {
            if (out.length() == 0 || !(Character.isDigit(out.charAt(out.length() - 1)) || out.charAt(out.length() - 1) == '%')) {
                return false;
            }
            try (XmlCursor k = run.newCursor()) {
                if (!k.toChild(new QName(W, "rPr")) || !k.toChild(new QName(W, "vertAlign"))
                        || !"superscript".equals(k.getAttributeText(new QName(W, "val")))) {
                    return false;
                }
            }
            String text = runText(run).strip();
            return !text.isEmpty() && text.chars().allMatch(ch -> Character.isDigit(ch) || "*†‡※#,，".indexOf(ch) >= 0);
        }

        /** A content control showing its prompt (w:sdtPr/w:showingPlcHdr): nothing was filled in. */
        private static boolean showingPlaceholder(XmlCursor sdt) {
            return switchedOn(sdt, "sdtPr", "showingPlcHdr");
        }

        /** Whether a run's font (w:rPr/w:rFonts) is a symbol font such as Wingdings 2. */
        private static boolean inSymbolFont(XmlCursor run) {
            try (XmlCursor k = run.newCursor()) {
                if (!k.toChild(new QName(W, "rPr")) || !k.toChild(new QName(W, "rFonts"))) {
                    return false;
                }
                for (String which : new String[]{"ascii", "hAnsi", "eastAsia", "cs"}) {
                    if (SymbolFonts.isSymbolFont(k.getAttributeText(new QName(W, which)))) {
                        return true;
                    }
                }
                return false;
            }
        }

        /** The text of a run's w:t elements. */
        private static String runText(XmlCursor run) {
            StringBuilder text = new StringBuilder();
            try (XmlCursor k = run.newCursor()) {
                if (k.toChild(new QName(W, "t"))) {
                    do {
                        if (new QName(W, "t").equals(k.getName())) {
                            text.append(k.getTextValue());
                        }
                    } while (k.toNextSibling());
                }
            }
            return text.toString();
        }

        /** A content control's w14:checkbox state, or null when the control is not a check box. */
        private static Boolean contentControlBox(XmlCursor sdt) {
            try (XmlCursor k = sdt.newCursor()) {
                if (!k.toChild(new QName(W, "sdtPr")) || !k.toChild(new QName(W14, "checkbox"))) {
                    return null;
                }
                if (!k.toChild(new QName(W14, "checked"))) {
                    return false;
                }
                String val = k.getAttributeText(new QName(W14, "val"));
                return val == null || val.equals("1") || val.equalsIgnoreCase("true");
            }
        }

        /** A legacy form-field check box (FORMCHECKBOX) at its field start, or null for other fields. */
        private static Boolean legacyBox(XmlCursor fldChar) {
            try (XmlCursor k = fldChar.newCursor()) {
                if (!k.toChild(new QName(W, "ffData")) || !k.toChild(new QName(W, "checkBox"))) {
                    return null;
                }
                for (String state : new String[]{"checked", "default"}) {
                    try (XmlCursor s = k.newCursor()) {
                        if (s.toChild(new QName(W, state))) {
                            String val = s.getAttributeText(new QName(W, "val"));
                            return val == null || val.equals("1") || val.equalsIgnoreCase("true");
                        }
                    }
                }
                return false;
            }
        }
    }

    // ------------------------------------------------------------------ .doc

    private static List<GridRow> doc(HWPFDocument doc) {
        List<GridRow> rows = new ArrayList<>();
        OfficeLimits.CellBudget budget = new OfficeLimits.CellBudget("document");
        Range range = doc.getRange();
        int paragraphs = 0;
        int tables = 0;
        for (int i = 0; i < range.numParagraphs(); ) {
            Paragraph p = range.getParagraph(i);
            if (!p.isInTable()) {
                budget.take(1, "paragraph " + (paragraphs + 1));
                Location at = Location.line(++paragraphs);
                rows.add(new GridRow(at, List.of(new GridCell(clean(p.text()), at))));
                i++;
                continue;
            }
            Table table = range.getTable(p);
            int number = ++tables;
            TreeSet<Integer> edges = new TreeSet<>();
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    edges.add(row.getCell(c).getLeftEdge());
                    edges.add(row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
                }
            }
            Map<Integer, GridCell> above = new HashMap<>();
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                List<GridCell> cells = new ArrayList<>();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    int left = cell.getLeftEdge();
                    int column = edges.headSet(left).size();
                    int span = Math.max(1, Math.min(edges.subSet(left, left + cell.getWidth()).size(),
                            OfficeLimits.MAX_COLUMNS - column));
                    budget.take(span, "table " + number + " row " + (r + 1) + " cell " + (c + 1));
                    GridCell read;
                    if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && above.containsKey(column)) {
                        GridCell top = above.get(column);
                        read = new GridCell(top.text(), top.location(), true);
                    } else {
                        read = new GridCell(clean(cell.text()), Location.tableCell(number, r + 1, c + 1));
                        above.put(column, read);
                    }
                    cells.add(read);
                    for (int k = 1; k < span; k++) {
                        cells.add(new GridCell("", read.location()));
                    }
                }
                rows.add(new GridRow(Location.tableCell(number, r + 1, 1), cells));
            }
            i += Math.max(1, table.numParagraphs());
        }
        return rows;
    }

    /** Word's binary text: cell and paragraph marks, field codes (their result kept), object anchors. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean inCode = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\u0013' -> {
                    depth++;
                    inCode = true;
                }
                case '\u0014' -> inCode = false;
                case '\u0015' -> {
                    depth = Math.max(0, depth - 1);
                    inCode = false;
                }
                case '\u0007', '\u0001', '\u0008', '\u0002', '\u0005', '\f' -> {
                    // cell mark, object anchors, page break
                }
                case '\r', '\u000B' -> out.append('\n');
                default -> {
                    if (!(inCode && depth > 0)) {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString().strip();
    }
}
