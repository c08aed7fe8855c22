package kr.axcampus.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table written as the centre's staff open it: CSV in UTF-8 with a BOM (Excel reads Korean
 * then) and XLSX with fitted columns and a frozen header; no CSV cell starts a formula
 * ({@link SpreadsheetText}), and XLSX text cells are text.
 */
public final class Spreadsheets {
    private Spreadsheets() {}

    /** A sheet: its tab's name, the header and the rows (numbers stay numbers in XLSX). */
    public record Table(String sheetName, List<String> header, List<List<Object>> rows) {}

    public static void writeCsv(Table table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            csv.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(SpreadsheetText::cell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeXlsx(Table table, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(table.sheetName().replaceAll("[\\\\/?*\\[\\]:]", "-"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                head.createCell(c).setCellValue(table.header().get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c)
                                .setCellValue(value == null ? "" : String.valueOf(SpreadsheetText.cell(value)));
                    }
                }
            }
            for (int c = 0; c < table.header().size(); c++) {
                sheet.setColumnWidth(c, width(table, c));
            }
            sheet.createFreezePane(1, 1);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A column as wide as its longest text (Korean letters count double), between 8 and 60
     * characters; in the sheet's units of 1/256 of a character.
     */
    private static int width(Table table, int column) {
        int widest = shown(table.header().get(column));
        for (List<Object> row : table.rows()) {
            Object value = row.get(column);
            widest = Math.max(widest, shown(value instanceof Number ? "0000.00" : String.valueOf(value)));
        }
        return Math.min(60, Math.max(8, widest + 2)) * 256;
    }

    private static int shown(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HANGUL ? 2 : 1;
        }
        return width;
    }
}
