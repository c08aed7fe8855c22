package kr.axcampus.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * What must not show in Korean mode: the code's enum constants (PRESENT, IN_PROGRESS, PRACTICUM…)
 * and the English reason templates. The constants are read from the compiled code, so a new enum
 * is checked without anyone listing it.
 */
final class KoreanOnly {
    /** English sentences the server writes for the API, which pages and Korean exports must translate. */
    private static final List<String> ENGLISH = List.of(
            "practicum ",
            "attendance ",
            "attended days",
            "no project deliverable",
            "withdrawn from",
            "rows are invalid");

    /** Constants that are also words Korean writes as they are ("CEO 인사이트 과정"). */
    private static final Set<String> KOREAN_WORDS = Set.of("CEO");

    private static final Pattern CODES = codes();

    private KoreanOnly() {}

    /** The leaks in a text shown in Korean mode; none is good. */
    static List<String> leaks(String text) {
        List<String> found = new ArrayList<>();
        Matcher code = CODES.matcher(text);
        Set<String> codes = new TreeSet<>();
        while (code.find()) {
            codes.add(code.group(1));
        }
        found.addAll(codes);
        for (String english : ENGLISH) {
            if (text.contains(english)) {
                found.add("\"" + english.strip() + "\"");
            }
        }
        return found;
    }

    private static Pattern codes() {
        Set<String> names = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kr.axcampus")) {
            if (type.isEnum()) {
                type.getEnumConstants().forEach(c -> {
                    if (c.name().length() >= 3 && !KOREAN_WORDS.contains(c.name())) {
                        names.add(c.name());
                    }
                });
            }
        }
        // A code on its own, not part of a course or cohort code (PX-MFG-QUALITY-DEMAND).
        return Pattern.compile("(?<![A-Za-z0-9_-])(" + String.join("|", names) + ")(?![A-Za-z0-9_-])");
    }
}
