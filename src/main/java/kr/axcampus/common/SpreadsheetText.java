package kr.axcampus.common;

/**
 * Text bound for a spreadsheet cell. A cell that starts with {@code = + - @}, a tab or a carriage
 * return is read by Excel and LibreOffice as a formula (CSV injection, OWASP): such text gets a
 * leading apostrophe, which spreadsheets show as plain text. Numbers are left alone.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    public static Object cell(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
