package kr.axcampus.material;

import java.text.Normalizer;

/**
 * Display names of uploads: the last path segment only, no control or format characters (bidi
 * overrides could disguise {@code exe.pdf} as {@code fdp.exe}), bounded length without cutting a
 * character in two.
 */
final class FileNames {
    private static final int MAX = 200;

    private FileNames() {}

    static String clean(String submitted) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "file";
        }
        int length = name.codePointCount(0, name.length());
        return length <= MAX ? name : name.substring(name.offsetByCodePoints(0, length - MAX));
    }
}
