package kr.axcampus.catalog;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonRendererTest {
    private final LessonRenderer renderer = new LessonRenderer();

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreRemoved() {
        String html = renderer.render("""
                # 제목

                <script>alert('x')</script>

                <img src="x.png" onerror="alert(1)">

                [누르세요](javascript:alert(1)) <a href="javascript:alert(2)" onclick="steal()">여기</a>

                <iframe src="https://evil.example"></iframe>
                """, UnaryOperator.identity());
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("onerror"), html);
        assertFalse(lower.contains("onclick"), html);
        assertFalse(lower.contains("javascript:"), html);
        assertFalse(lower.contains("<iframe"), html);
        assertTrue(html.contains("누르세요"), "the link text stays: " + html);
    }

    @Test
    void tablesHeadingAnchorsAndCodeBlocksRenderAndWhatScrollsSidewaysTakesTheKeyboard() {
        String html = renderer.render("""
                ## 단계

                | 품목 | 수량 |
                | --- | ---: |
                | 볼트 | 120 |

                ```python
                df.groupby("line").sum()
                ```
                """, UnaryOperator.identity());
        assertTrue(html.contains("<h2 id=\"단계\">"), html);
        assertTrue(html.contains("<table tabindex=\"0\">") && html.contains("<td align=\"right\">120</td>"), html);
        assertTrue(html.contains("<pre tabindex=\"0\"><code class=\"language-python\">"), html);
    }
}
