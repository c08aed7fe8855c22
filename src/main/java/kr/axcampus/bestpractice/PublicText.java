package kr.axcampus.bestpractice;

import java.util.regex.Pattern;

/**
 * What the public pages never show: e-mail addresses and phone numbers an author may have typed
 * into a case's text are masked before a case leaves the signed-in part of the system.
 */
final class PublicText {
    static final String MASK = "•••";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*");

    /**
     * Korean numbers begin with 0 (010-1234-5678, 02 123 4567, 01012345678), international ones with
     * + (+82 10 1234 5678); other figures (15000000원) are left alone.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.])(\\+\\d{1,3}[ .-]?\\(?0?\\d{1,4}\\)?|\\(?0\\d{1,2}\\)?)[ .-]?\\d{3,4}[ .-]?\\d{4}(?!\\d)");

    private PublicText() {}

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        return PHONE.matcher(EMAIL.matcher(text).replaceAll(MASK)).replaceAll(MASK);
    }
}
