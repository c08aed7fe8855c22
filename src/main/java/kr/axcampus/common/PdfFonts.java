package kr.axcampus.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The Korean font every PDF embeds (NanumGothic, SIL OFL, shipped in resources/fonts with its
 * licence), read once: no machine needs a Korean font installed.
 */
public final class PdfFonts {
    private static final String FONT = "fonts/NanumGothic.ttf";
    private static volatile byte[] bytes;

    private PdfFonts() {}

    /** A new embedded, subsetted Unicode font for one document. */
    public static BaseFont korean() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes() {
        if (bytes == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing from the application");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }
}
