package org.perfdecl.checker.office;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.Choice;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.IndicatorRow;
import org.perfdecl.checker.declaration.Location;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Word layouts the generated fixtures do not have: a nested indicator table, legacy and symbol boxes. */
class WordReaderTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void aNestedIndicatorTableWithMergedCellsAndBoxesOfEveryKind() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("上海市财政支出项目绩效目标申报表");
            XWPFTable outer = doc.createTable(3, 2);
            outer.getRow(0).getCell(0).setText("项目名称");
            outer.getRow(0).getCell(1).setText("测试项目");
            outer.getRow(1).getCell(0).setText("项目类型");
            XWPFParagraph types = outer.getRow(1).getCell(1).getParagraphs().get(0);
            types.createRun().setText("结转项目 ");
            append(types, "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default w:val=\"0\"/>"
                    + "</w:checkBox></w:ffData></w:fldChar></w:r>"); // a legacy FORMCHECKBOX, unticked
            types.createRun().setText(" 经常性专项业务费 ");
            append(types, "<w:r><w:sym w:font=\"Wingdings 2\" w:char=\"F052\"/></w:r>"); // ☑ as a symbol
            outer.getRow(2).getCell(0).setText("分解目标");
            // the indicator table nested in the cell beside 分解目标, 产出目标 merged down over two rows
            String[][] rows = {{"一级指标", "二级指标", "三级指标", "指标值"}, {"产出目标", "数量目标", "人数", "100人"},
                    {"", "质量目标", "合格率", "100%"}};
            StringBuilder tbl = new StringBuilder("<w:tbl>");
            for (int r = 0; r < rows.length; r++) {
                tbl.append("<w:tr>");
                for (int c = 0; c < 4; c++) {
                    String merge = c > 0 || r == 0 ? "" : r == 1 ? "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>"
                            : "<w:tcPr><w:vMerge/></w:tcPr>";
                    tbl.append("<w:tc>").append(merge).append("<w:p><w:r><w:t>").append(rows[r][c]).append("</w:t></w:r></w:p></w:tc>");
                }
                tbl.append("</w:tr>");
            }
            insertBefore(outer.getRow(2).getCell(1).getParagraphs().get(0), tbl.append("</w:tbl>").toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }

        Declaration d = new WordReader().read(docx).get(0).declaration();

        assertThat(d.projectName()).isEqualTo("测试项目");
        assertThat(d.projectType()).containsExactly(new Choice("结转项目", false), new Choice("经常性专项业务费", true));
        assertThat(d.indicators()).containsExactly(new IndicatorRow("产出目标", "数量目标", "人数", "100人"),
                new IndicatorRow("产出目标", "质量目标", "合格率", "100%"));
        assertThat(d.sources()).containsEntry("/indicators/1/level1", Location.tableCell(2, 2, 1))
                .containsEntry("/indicators/1/target", Location.tableCell(2, 3, 4));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void theNationalTemplateWithItsLabelsMergedDownBesideTheirRows() throws Exception {
        // the 财政部 layout: 项目资金（万元） merged down beside the budget rows, 绩效指标 beside the indicator
        // table (first cell of the header row), 产出指标 merged down over its rows
        String[][] rows = {
                {"^项目名称", "测试项目", "", "", ""},
                {"^项目资金（万元）", "项目总预算", "1200", "项目当年预算", "1200"},
                {"~", "其中：财政拨款", "1000", "", ""},
                {"~", "其他资金", "200", "", ""},
                {"^绩效指标", "一级指标", "二级指标", "三级指标", "指标值"},
                {"~", "^产出指标", "数量指标", "培训人次", "≥3000人次"},
                {"~", "~", "质量指标", "合格率", "≥95%"},
                {"~", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"}};
        byte[] docx = docxWithTable(rows);

        Declaration d = new WordReader().read(docx).get(0).declaration();

        assertThat(d.projectName()).isEqualTo("测试项目");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("12000000");
        assertThat(d.subProjects()).extracting(p -> p.amount().value().toPlainString()).containsExactly("10000000", "2000000");
        assertThat(d.indicators()).containsExactly(new IndicatorRow("产出指标", "数量指标", "培训人次", "≥3000人次"),
                new IndicatorRow("产出指标", "质量指标", "合格率", "≥95%"),
                new IndicatorRow("满意度指标", "服务对象满意度指标", "满意度", "≥90%"));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aBlank二级UnderA一级MergedDownIsReadAsTheRowAbovesAndMarked() throws Exception {
        String[][] rows = {
                {"^绩效指标", "一级指标", "二级指标", "三级指标", "指标值"},
                {"~", "^产出指标", "数量指标", "培训人次", "≥3000人次"},
                {"~", "~", "质量指标", "合格率", "≥95%"},
                {"~", "~", "", "优良率", "≥80%"},
                {"~", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"}};

        Declaration d = new WordReader().read(docxWithTable(rows)).get(0).declaration();

        assertThat(d.indicators()).containsExactly(new IndicatorRow("产出指标", "数量指标", "培训人次", "≥3000人次"),
                new IndicatorRow("产出指标", "质量指标", "合格率", "≥95%"),
                new IndicatorRow("产出指标", "质量指标", "优良率", "≥80%", null, null, null, true),
                new IndicatorRow("满意度指标", "服务对象满意度指标", "满意度", "≥90%"));
    }

    /** 上年预算执行率 | 45% in a Word table: the stated rate is read into its field, not set aside. */
    @Test
    void aStatedExecutionRateInATableCellIsRead() throws Exception {
        String[][] rows = {
                {"项目名称", "测试项目", "", ""},
                {"项目当年预算（万元）", "300", "上年预算执行率", "45%"}};

        Declaration d = new WordReader().read(docxWithTable(rows)).get(0).declaration();

        assertThat(d.lastYearExecutionRate()).isEqualTo("45%");
        assertThat(d.sources()).containsKey("/lastYearExecutionRate");
        assertThat(d.notes()).isEmpty();
    }

    /** A document with a title and one table: ^ begins a cell merged down (vMerge), ~ continues it. */
    private static byte[] docxWithTable(String[][] rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("项目支出绩效目标申报表");
            StringBuilder tbl = new StringBuilder("<w:tbl>");
            for (String[] row : rows) {
                tbl.append("<w:tr>");
                for (String cell : row) {
                    String merge = cell.startsWith("^") ? "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>"
                            : cell.equals("~") ? "<w:tcPr><w:vMerge/></w:tcPr>" : "";
                    String text = cell.startsWith("^") ? cell.substring(1) : cell.equals("~") ? "" : cell;
                    tbl.append("<w:tc>").append(merge).append("<w:p><w:r><w:t>").append(text).append("</w:t></w:r></w:p></w:tc>");
                }
                tbl.append("</w:tr>");
            }
            insertBefore(doc.createParagraph(), tbl.append("</w:tbl>").toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void insertBefore(XWPFParagraph paragraph, String xml) throws Exception {
        XmlObject table = XmlObject.Factory.parse("<w:wrap xmlns:w=\"" + W + "\">" + xml + "</w:wrap>");
        try (XmlCursor to = paragraph.getCTP().newCursor(); XmlCursor from = table.newCursor()) {
            from.toFirstChild();
            from.toFirstChild();
            from.copyXml(to);
        }
    }

    private static void append(XWPFParagraph paragraph, String runXml) throws Exception {
        XmlObject run = XmlObject.Factory.parse("<w:wrap xmlns:w=\"" + W + "\">" + runXml + "</w:wrap>");
        try (XmlCursor to = paragraph.getCTP().newCursor(); XmlCursor from = run.newCursor()) {
            to.toEndToken();
            from.toFirstChild();
            from.toFirstChild();
            from.copyXml(to);
        }
    }
}
