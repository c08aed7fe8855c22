package kr.axcampus.catalog;

import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown lessons to HTML (CommonMark with GFM tables and heading anchors), then
 * cleaned by an allow-list so no script, event handler or {@code javascript:} link
 * from a content file ever reaches a learner's browser.
 */
@ApplicationScoped
public class LessonRenderer {
    /** Any base will do: links are rewritten to site paths before cleaning and kept relative. */
    private static final String CLEANING_BASE = "https://lesson.axcampus.invalid/";

    private final List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    /**
     * Code blocks and tables scroll sideways on a phone; a region that scrolls must be reachable by
     * keyboard (WCAG 2.1.1), so both are focusable.
     */
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(extensions)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (tagName.equals("pre") || tagName.equals("table")) {
                    attributes.put("tabindex", "0");
                }
            })
            .build();

    private final Safelist safelist = Safelist.relaxed()
            .addTags("hr")
            .addAttributes("h1", "id")
            .addAttributes("h2", "id")
            .addAttributes("h3", "id")
            .addAttributes("h4", "id")
            .addAttributes("h5", "id")
            .addAttributes("h6", "id")
            .addAttributes("code", "class")
            .addAttributes("pre", "tabindex")
            .addAttributes("table", "tabindex")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .preserveRelativeLinks(true);

    /**
     * Renders a lesson. {@code linkTarget} gets every link and image destination and answers
     * the address to use instead (the same one for external links).
     */
    public String render(String markdown, UnaryOperator<String> linkTarget) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(linkTarget.apply(link.getDestination()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(linkTarget.apply(image.getDestination()));
                visitChildren(image);
            }
        });
        return sanitize(renderer.render(document));
    }

    String sanitize(String html) {
        return Jsoup.clean(html, CLEANING_BASE, safelist);
    }
}
