package kr.axcampus.storage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the file's own name: an ASCII fallback for old
 * clients and the UTF-8 name per RFC 5987/6266, so Korean names survive every browser.
 */
public final class ContentDisposition {
    private ContentDisposition() {}

    public static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName;
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
