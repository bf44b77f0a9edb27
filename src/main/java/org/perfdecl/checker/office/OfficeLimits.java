package org.perfdecl.checker.office;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.report.ServiceTexts;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an Office file may hold before anything is built from it, so a hostile or runaway file costs
 * bounded time and memory: a declaration form is a few dozen rows in a few kilobytes.
 * A zip (.xlsx/.docx) is walked once as a stream before POI opens it: every part is inflated at most
 * to {@link #MAX_PART_BYTES} (all parts together to {@link #MAX_TOTAL_BYTES}), worksheets are counted
 * to {@link #MAX_ROWS} rows, and macros are refused. POI's own zip-bomb guard stays on as a second line.
 */
final class OfficeLimits {

    static final int MAX_ROWS = 5_000;
    /** Columns of a table or sheet read (Word allows 63; a form uses about ten). */
    static final int MAX_COLUMNS = 256;
    /** Cells of the grid built from one file (a paragraph is one), merged cells counted once per cell they cover. */
    static final int MAX_GRID_CELLS = 500_000;
    static final long MAX_PART_BYTES = 32L << 20;
    static final long MAX_TOTAL_BYTES = 96L << 20;
    /**
     * How deep the elements of one XML part may nest. A form's deepest, a text box in a drawing in a cell of a
     * table, is a few dozen; POI and the readers walk a document's tree by recursion, and tables nested
     * thousands deep overflowed the stack (a 500).
     */
    static final int MAX_XML_DEPTH = 256;

    /** The setting Drools' decision-table reader (ExcelParser) applies to POI's ratio whenever it reads a workbook. */
    static final String DROOLS_RATIO = "drools.excelParser.minInflateRatio";

    static {
        // the sizes above bound what a file may unpack to, part by part and in all (checkZip, and POI with
        // setMaxEntrySize); a ratio test on top refused a form for a long cell of one repeated character, which
        // packs a thousand to one: a file is refused for what it unpacks to, not for how well it packs
        ZipSecureFile.setMinInflateRatio(0);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        // POI's ratio is global, and Drools' decision-table reader sets it again each time it opens a workbook (every
        // compile of a rule set with a table: a reload) to its drools.excelParser.minInflateRatio, else 0.01: after a
        // reload such a form was refused as a zip bomb. Drools is told the same ratio; init() puts it back meanwhile.
        if (System.getProperty(DROOLS_RATIO) == null) {
            System.setProperty(DROOLS_RATIO, "0");
        }
    }


    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private OfficeLimits() {
    }

    /**
     * The cells one file may spread into: a cell merged across a billion columns or a sheet used out to
     * its last column must not cost the service its memory. One per file read.
     */
    static final class CellBudget {
        private final String what;
        private long left = MAX_GRID_CELLS;

        CellBudget(String what) {
            this.what = what;
        }

        /** Takes {@code cells} from the budget; a file past it is refused, naming where it went over. */
        void take(long cells, String where) {
            left -= cells;
            if (left < 0) {
                throw InputException.coded("too-large", "the " + what + " spreads into more than " + MAX_GRID_CELLS
                        + " cells (at " + where + "); a declaration form has a few hundred", null);
            }
        }
    }

    /** Makes sure POI's limits are set before a reader opens anything. */
    static void init() {
        // the static initialisers above do the work; a decision table read before them (by Drools) set the ratio back
        if (ZipSecureFile.getMinInflateRatio() != 0) {
            ZipSecureFile.setMinInflateRatio(0);
        }
    }

    /** Walks the zip; refuses macros, oversized parts and sheets with more than {@link #MAX_ROWS} rows. */
    static void checkZip(byte[] bytes) {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.toLowerCase().endsWith("vbaproject.bin")) {
                    throw macros();
                }
                Counting part = new Counting(zip, name);
                if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    countRows(part, name);
                } else if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    checkDepth(part, name);
                }
                part.skipRest();
                total += part.count;
                if (total > MAX_TOTAL_BYTES) {
                    throw InputException.coded("too-large", "the file unpacks to more than " + (MAX_TOTAL_BYTES >> 20)
                            + " MB (a zip bomb?); a declaration form is a few kilobytes", null);
                }
            }
        } catch (IOException e) {
            throw InputException.coded("damaged", "not a readable Office file: the zip is damaged (" + e.getMessage() + ")", null);
        }
    }

    static InputException macros() {
        return InputException.coded("macros", "the file contains macros (a VBA project); macros are never run: "
                + "save it without macros (.xlsx / .docx) and send that", null);
    }

    private static void countRows(InputStream sheet, String name) {
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(sheet);
            int rows = 0;
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    checkDepth(++depth, name);
                    String local = xml.getLocalName();
                    if (local.equals("dimension")) {
                        checkDimension(xml.getAttributeValue(null, "ref"), name);
                    } else if (local.equals("row") && ++rows > MAX_ROWS) {
                        throw tooManyRows(name);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw InputException.coded("damaged", "not a readable workbook: " + name + " is not well-formed XML", null);
        }
    }

    /**
     * Refuses a part whose elements nest deeper than {@link #MAX_XML_DEPTH}, streaming, before POI builds its
     * tree. A part that is not well-formed XML is left to POI, which names what it could not read.
     */
    private static void checkDepth(InputStream part, String name) {
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(part);
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    checkDepth(++depth, name);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            // POI reads it next and says what is wrong with it
        }
    }

    private static void checkDepth(int depth, String name) {
        if (depth > MAX_XML_DEPTH) {
            throw tooDeep(name);
        }
    }

    /** A file whose content nests deeper than any form: refused with the part (or the file) named. */
    static InputException tooDeep(String part) {
        return InputException.told("too-large", ServiceTexts.text("unreadable.too-large.nesting",
                Map.of("part", part, "limit", String.valueOf(MAX_XML_DEPTH))), null);
    }

    /** {@code A1:D1048576}: refuse before reading a row. */
    private static void checkDimension(String ref, String name) {
        if (ref == null || !ref.contains(":")) {
            return;
        }
        String last = ref.substring(ref.indexOf(':') + 1).replaceAll("[^0-9]", "");
        if (!last.isEmpty() && last.length() < 10 && Integer.parseInt(last) > MAX_ROWS) {
            throw tooManyRows(name);
        }
    }

    private static InputException tooManyRows(String part) {
        String sheet = part.substring(part.lastIndexOf('/') + 1).replace(".xml", "");
        return InputException.coded("too-large", "the workbook's " + sheet + " has more than " + MAX_ROWS
                + " rows; a declaration form has fewer than a hundred", null);
    }

    /** A part's bytes, counted as they are inflated, refused past {@link #MAX_PART_BYTES}. */
    private static final class Counting extends FilterInputStream {
        private final String name;
        long count;

        Counting(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            add(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(Math.max(n, 0));
            return n;
        }

        @Override
        public void close() {
            // the zip stream stays open for the next part
        }

        void skipRest() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counting
            }
        }

        private void add(int n) {
            count += n;
            if (count > MAX_PART_BYTES) {
                throw InputException.coded("too-large", "the part " + name + " unpacks to more than " + (MAX_PART_BYTES >> 20)
                        + " MB (a zip bomb?); a declaration form is a few kilobytes", null);
            }
        }
    }
}
