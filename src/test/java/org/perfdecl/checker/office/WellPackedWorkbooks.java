package org.perfdecl.checker.office;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test workbooks that pack far better than POI's default zip-bomb ratio allows, yet are honest forms. */
public final class WellPackedWorkbooks {

    private WellPackedWorkbooks() {
    }

    /**
     * Seed form 1 with a sheet of notes: six cells of 32,000 characters each, 576 KB of XML that packs into a few
     * hundred bytes, far below the 32 MB a part may unpack to, but a thousand to one.
     */
    public static byte[] seedWithLongNotes() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                Files.readAllBytes(Path.of("fixtures/seeds/seed-1-hardship-allowance.xlsx"))))) {
            var notes = book.createSheet("填表说明");
            for (int r = 0; r < 6; r++) {
                notes.createRow(r).createCell(0).setCellValue(("说明" + r).repeat(10_000) + "说明".repeat(1_000));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
