package kr.axcampus.organization;

/**
 * A Korean business registration number (사업자등록번호): ten digits, the last a
 * check digit over the first nine with weights 1,3,7,1,3,7,1,3,5 plus the tens
 * of (ninth digit × 5). Accepted with or without the usual hyphens.
 */
public final class BusinessNumber {
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private BusinessNumber() {}

    /** The ten digits without separators, or null when the text is not ten digits. */
    public static String digitsOf(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s-]", "");
        return digits.matches("\\d{10}") ? digits : null;
    }

    public static boolean isValid(String text) {
        String digits = digitsOf(text);
        if (digits == null) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += digit(digits, i) * WEIGHTS[i];
        }
        sum += digit(digits, 8) * 5 / 10;
        int check = (10 - sum % 10) % 10;
        return check == digit(digits, 9);
    }

    /** {@code 1248100998} → {@code 124-81-00998}, the form people read and print. */
    public static String format(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
