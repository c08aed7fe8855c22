package kr.axcampus.web;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kr.axcampus.progress.SheetMsg;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Korean first, English complete: both bundles and the Msg interface hold the same keys. */
class BundleKeysTest {

    @Test
    void everyKeyExistsInBothLanguages() throws Exception {
        sameKeys("msg", Msg.class);
        sameKeys("sheet", SheetMsg.class);
        sameKeys("work", WorkMsg.class);
        sameKeys("event", EventMsg.class);
        sameKeys("cases", CaseMsg.class);
        sameKeys("coach", CoachMsg.class);
        sameKeys("notice", NoticeMsg.class);
        sameKeys("cal", CalMsg.class);
    }

    private static void sameKeys(String bundle, Class<?> messages) throws Exception {
        Set<String> korean = keys("messages/" + bundle + ".properties");
        Set<String> english = keys("messages/" + bundle + "_en.properties");
        assertEquals(korean, english, bundle);
        Set<String> declared = Arrays.stream(messages.getDeclaredMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .map(m -> m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, korean, bundle);
    }

    private static Set<String> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
