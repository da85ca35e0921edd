package org.bilateralkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Without a browser: the network page's scripts and stylesheet exist where the page asks for them
 * (its own files under /network/, Cytoscape.js at the WebJar path the pom's version puts on the
 * classpath), and it asks nothing of any other host.
 */
class NetworkPageResourcesTest {
    @Test
    void everythingThePageLoadsIsOnTheClasspath() throws Exception {
        String html = resource("export/network.html");
        List<String> refs = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            refs.add(m.group(1).replace("&amp;", "&"));
        }
        assertTrue(refs.contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js"), refs.toString());
        for (String ref : refs) {
            assertTrue(ref.startsWith("/") || ref.startsWith("data:"), "no other host, no CDN: " + ref);
            if (ref.startsWith("/webjars/")) {
                assertNotNull(getClass().getClassLoader().getResource("META-INF/resources" + ref), "the WebJar holds " + ref);
            } else if (ref.startsWith("/network/")) {
                assertNotNull(getClass().getClassLoader().getResource("export/" + ref.substring("/network/".length())), ref);
            } else if (!ref.startsWith("data:")) {
                assertTrue(ref.startsWith("/export?view=countries&format="), "links to the export endpoint: " + ref);
            }
        }
        String js = resource("export/network.js");
        assertTrue(js.contains("'/export?view=countries&format=cytoscape'"), "data from the export endpoint");
        assertEquals(-1, js.indexOf("http://"), "no absolute URLs in the script");
        assertEquals(-1, js.indexOf("https://"), "no absolute URLs in the script");
    }

    private String resource(String name) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
