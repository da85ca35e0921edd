package org.bilateralkg.server;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every link of the site from a page, level by level, and notes every 4xx or 5xx (after
 * following redirects on the server). Pages of the last level are asked for with HEAD, not parsed.
 */
final class Crawler {
    private final TestServer s;
    private final int depth;
    private final Set<String> seen = new LinkedHashSet<>();
    private final List<String> failures = new ArrayList<>();
    private int fetched;

    Crawler(TestServer s, int depth) {
        this.s = s;
        this.depth = depth;
    }

    void crawl(String start) throws Exception {
        List<String[]> level = new ArrayList<>();
        level.add(new String[]{start, "(start)"});
        seen.add(start);
        for (int d = 0; d <= depth && !level.isEmpty(); d++) {
            boolean parse = d < depth;
            List<String[]> next = new ArrayList<>();
            // A few requests at a time: the server answers them in parallel.
            for (int i = 0; i < level.size(); i += 8) {
                List<String[]> batch = level.subList(i, Math.min(level.size(), i + 8));
                List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
                for (String[] pending : batch) {
                    answers.add(fetch(pending[0], parse));
                }
                for (int k = 0; k < batch.size(); k++) {
                    HttpResponse<String> r = answers.get(k).get();
                    String path = batch.get(k)[0];
                    fetched++;
                    int code = r.statusCode();
                    String at = path;
                    for (int hops = 0; code >= 300 && code < 400 && hops < 3; hops++) {
                        String loc = r.headers().firstValue("Location").orElse("");
                        String p = loc.startsWith(s.url) ? loc.substring(s.url.length()) : loc;
                        if (!p.startsWith("/")) {
                            break;
                        }
                        int hash = p.indexOf('#');
                        at = hash >= 0 ? p.substring(0, hash) : p;
                        r = fetch(at, parse).get();
                        code = r.statusCode();
                    }
                    if (code >= 400) {
                        failures.add(code + " " + path + " (linked from " + batch.get(k)[1] + ")");
                        continue;
                    }
                    if (!parse || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                        continue;
                    }
                    Document doc = Jsoup.parse(r.body(), s.url + at);
                    for (Element a : doc.select("a[href], link[href]")) {
                        String href = a.attr("abs:href");
                        if (!href.startsWith(s.url)) {
                            continue;
                        }
                        String p = href.substring(s.url.length());
                        int hash = p.indexOf('#');
                        if (hash >= 0) {
                            p = p.substring(0, hash);
                        }
                        if (p.isEmpty()) {
                            p = "/";
                        }
                        if (seen.add(p)) {
                            next.add(new String[]{p, path});
                        }
                    }
                }
            }
            level = next;
        }
    }

    /** GET what is to be parsed; HEAD the last level (same status, no body to render or send). */
    private CompletableFuture<HttpResponse<String>> fetch(String path, boolean get) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.url + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .method(get ? "GET" : "HEAD", HttpRequest.BodyPublishers.noBody()).build();
        return s.http.sendAsync(req, HttpResponse.BodyHandlers.ofString());
    }

    int fetched() {
        return fetched;
    }

    List<String> failures() {
        return failures;
    }
}
