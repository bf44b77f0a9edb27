package org.perfdecl.checker.office;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Bad files a reviewer receives, made small in memory for the tests (none is committed): each with the
 * name it arrives under and the words its refusal must contain.
 */
public enum BadOfficeFiles {
    ENCRYPTED("encrypted.xlsx", "password"),
    CORRUPT_ZIP("corrupt.xlsx", "not a readable"),
    ZIP_BOMB("bomb.xlsx", "zip bomb"),
    MILLION_ROWS("million-rows.xlsx", "more than 5000 rows"),
    MACROS("macros.xlsm", "macros"),
    PDF_WITHOUT_TEXT("scan.pdf", "OCR it first"),
    IMAGE_AS_XLSX("photo.xlsx", "PNG image");

    private final String fileName;
    private final String reason;

    BadOfficeFiles(String fileName, String reason) {
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    /** Words the refusal names. */
    public String reason() {
        return reason;
    }

    public byte[] bytes() {
        try {
            return switch (this) {
                case ENCRYPTED -> encrypt(seedWorkbook());
                case CORRUPT_ZIP -> damaged(seedWorkbook());
                case ZIP_BOMB -> zip("xl/sharedStrings.xml", spaces(40 << 20));
                case MILLION_ROWS -> zip("xl/worksheets/sheet1.xml", millionRows());
                case MACROS -> zip("xl/vbaProject.bin", new byte[]{1, 2, 3});
                case PDF_WITHOUT_TEXT -> scan();
                case IMAGE_AS_XLSX -> new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] seedWorkbook() throws IOException {
        return Files.readAllBytes(Path.of("fixtures/seeds/seed-1-hardship-allowance.xlsx"));
    }

    /** The middle third overwritten: the names in the zip's directory still say workbook, the parts are garbage. */
    private static byte[] damaged(byte[] zip) {
        byte[] b = zip.clone();
        Arrays.fill(b, b.length / 3, 2 * b.length / 3, (byte) 0x55);
        return b;
    }

    private static byte[] encrypt(byte[] plain) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] spaces(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) ' ');
        return b;
    }

    /** A sheet of a million empty rows and no dimension: only counting the rows finds it out. */
    private static byte[] millionRows() {
        StringBuilder xml = new StringBuilder(7_000_100)
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < 1_000_000; r++) {
            xml.append("<row/>");
        }
        return xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook's package (its main part names it an .xlsx, as the format detector sees) with one more part. */
    private static byte[] zip(String part, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A page of lines and no text, as a scanner's PDF without OCR has. */
    private static byte[] scan() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.addRect(50, 50, 400, 600);
                content.stroke();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
