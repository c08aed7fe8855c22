package kr.axcampus.web;

/** Text bound for server-drawn SVG (charts): what XML needs escaped in content and attributes. */
public final class Svg {
    private Svg() {}

    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
