package kr.axcampus.catalog;

/** The YAML between the first two '---' lines and the Markdown after them. */
record FrontMatter(String yaml, String body) {
    static FrontMatter split(String text) {
        if (!text.startsWith("---\n")) {
            return null;
        }
        int end = text.indexOf("\n---", 3);
        while (end >= 0) {
            int lineEnd = text.indexOf('\n', end + 1);
            String closing = (lineEnd < 0 ? text.substring(end + 1) : text.substring(end + 1, lineEnd)).trim();
            if (closing.equals("---")) {
                return new FrontMatter(text.substring(4, end + 1), lineEnd < 0 ? "" : text.substring(lineEnd + 1));
            }
            end = text.indexOf("\n---", end + 1);
        }
        return null;
    }
}
