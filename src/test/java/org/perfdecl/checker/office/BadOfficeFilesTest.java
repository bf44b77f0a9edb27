package org.perfdecl.checker.office;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.InputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files that are not forms get one clear reason and nothing else: no stack trace, no partial reading,
 * and refused before they cost memory (the large ones are refused while streaming, before POI builds
 * anything). Each is made here, small, rather than committed.
 */
class BadOfficeFilesTest {

    private static final Path SEED_XLSX = Path.of("fixtures/seeds/seed-1-hardship-allowance.xlsx");

    @Test
    void anEncryptedWorkbookAsksForThePasswordToBeRemoved() throws Exception {
        byte[] encrypted = encrypt(Files.readAllBytes(SEED_XLSX));

        assertThatThrownBy(() -> new SpreadsheetReader().read(encrypted))
                .isInstanceOf(InputException.class).hasMessageContaining("password-protected");
        assertThatThrownBy(() -> new WordReader().read(encrypted))
                .isInstanceOf(InputException.class).hasMessageContaining("password-protected");
    }

    @Test
    void aCorruptZipIsNotAReadableWorkbook() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED_XLSX);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> new SpreadsheetReader().read(truncated))
                .isInstanceOf(InputException.class).hasMessageStartingWith("not a readable");
    }

    @Test
    void aZipBombIsRefusedWhileItUnpacks() throws IOException {
        byte[] bomb = zip("xl/sharedStrings.xml", 40 << 20, null);

        assertThatThrownBy(() -> new SpreadsheetReader().read(bomb))
                .isInstanceOf(InputException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void aSheetWithAMillionRowsIsRefusedByItsRowCountBeforeItIsBuilt() throws IOException {
        byte[] huge = zip("xl/worksheets/sheet1.xml", 0, 1_000_000);

        assertThatThrownBy(() -> new SpreadsheetReader().read(huge))
                .isInstanceOf(InputException.class).hasMessageContaining("more than 5000 rows");
    }

    @Test
    void aMacroEnabledFileIsRefusedAndItsMacrosNeverRun() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            zip.write(new byte[]{1, 2, 3});
            zip.closeEntry();
        }

        assertThatThrownBy(() -> new SpreadsheetReader().read(out.toByteArray()))
                .isInstanceOf(InputException.class).hasMessageContaining("macros");
        assertThatThrownBy(() -> new WordReader().read(out.toByteArray()))
                .isInstanceOf(InputException.class).hasMessageContaining("macros");
    }

    @Test
    void aPdfWithoutTextMustBeOcredFirst() throws IOException {
        byte[] scan;
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.addRect(50, 50, 400, 600); // a scan is pictures and lines, no text
                content.stroke();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            scan = out.toByteArray();
        }

        assertThatThrownBy(() -> new PdfReader().read(scan))
                .isInstanceOf(InputException.class).hasMessageContaining("no text layer").hasMessageContaining("OCR it first");
    }

    @Test
    void anImageRenamedToXlsxSaysWhatItIs() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> new SpreadsheetReader().read(png))
                .isInstanceOf(InputException.class).hasMessage("not a workbook: the content is a PNG image");
        assertThatThrownBy(() -> new WordReader().read(png))
                .isInstanceOf(InputException.class).hasMessage("not a Word document: the content is a PNG image");
        assertThatThrownBy(() -> new PdfReader().read(png))
                .isInstanceOf(InputException.class).hasMessageStartingWith("not a readable PDF");
    }

    @Test
    void aWorkbookWithoutAFormNamesTheSheetsItLookedAt() throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);

            assertThatThrownBy(() -> new SpreadsheetReader().read(out.toByteArray()))
                    .isInstanceOf(InputException.class).hasMessageContaining("no declaration form found in the workbook")
                    .hasMessageContaining("Sheet1");
        }
    }

    private static byte[] encrypt(byte[] plain) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A zip with one part: {@code zeros} bytes of padding, or a sheet of {@code rows} empty rows. */
    private static byte[] zip(String part, int zeros, Integer rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(part));
            if (rows == null) {
                byte[] block = new byte[1 << 20];
                Arrays.fill(block, (byte) ' ');
                for (int i = 0; i < zeros >> 20; i++) {
                    zip.write(block);
                }
            } else {
                zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        .getBytes(StandardCharsets.UTF_8));
                StringBuilder chunk = new StringBuilder();
                for (int r = 1; r <= rows; r++) {
                    chunk.append("<row r=\"").append(r).append("\"/>");
                    if (chunk.length() > 60_000) {
                        zip.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                        chunk.setLength(0);
                    }
                }
                zip.write((chunk + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
