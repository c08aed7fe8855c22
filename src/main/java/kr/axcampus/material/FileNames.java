package kr.axcampus.material;

import java.text.Normalizer;

/** Display names of uploads: the last path segment only, no control characters, bounded length. */
final class FileNames {
    private static final int MAX = 200;

    private FileNames() {}

    static String clean(String submitted) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() <= MAX ? name : name.substring(name.length() - MAX);
    }
}
