package org.bilateralkg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An HTML page to an {@link Article}: the main text (the &lt;article&gt; or &lt;main&gt; element, else
 * the body, without navigation, sharing widgets, related links, footers and scripts), one paragraph
 * per line; title, language, publication time and canonical URL from the page's own metadata.
 */
final class HtmlArticleParser {
    /** Class or id words of page furniture inside the content area. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[-_ ])(nav|menu|share|sharing|social|related|recommend|comment|comments|footer|header|cookie|consent|"
                    + "banner|advert|ad|ads|promo|newsletter|subscribe|breadcrumb|tags|sidebar|widget|popup|modal|byline-share)([-_ ]|$)");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td";

    private HtmlArticleParser() {
    }

    static Article parse(String html, String origin, ArticleDefaults defaults) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, iframe, svg, form, button, nav, header, footer, aside").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = doc.body();
        }
        removeFurniture(root);
        String text = text(root);
        String lang = doc.select("html").attr("lang").strip();
        lang = lang.isEmpty() ? defaults.language() : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        LocalDate published = published(doc);
        String title = meta(doc, "meta[property=og:title]");
        if (title == null || title.isBlank()) {
            title = doc.title().isBlank() ? null : doc.title().strip();
        }
        String url = doc.select("link[rel=canonical]").attr("href").strip();
        if (url.isEmpty()) {
            url = meta(doc, "meta[property=og:url]");
        }
        String source = meta(doc, "meta[property=og:site_name]");
        return new Article(url == null || url.isBlank() ? null : url, title,
                published != null ? published : defaults.published(), lang,
                source != null ? source : defaults.source(), text, origin);
    }

    private static void removeFurniture(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            String words = e.className() + " " + e.id();
            if (FURNITURE.matcher(words).find()) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** One line per block element; inline markup flattened. */
    private static String text(Element root) {
        Elements blocks = root.select(BLOCKS);
        StringBuilder sb = new StringBuilder();
        if (blocks.isEmpty()) {
            return root.text().strip();
        }
        for (Element b : blocks) {
            if (!b.select(BLOCKS).stream().filter(x -> x != b).toList().isEmpty()) {
                continue; // a container of other blocks: its children speak for it
            }
            String t = b.text().strip();
            if (!t.isEmpty()) {
                sb.append(t).append('\n');
            }
        }
        return sb.toString().strip();
    }

    private static LocalDate published(Document doc) {
        for (String q : List.of("meta[property=article:published_time]", "meta[name=pubdate]", "meta[name=date]",
                "meta[itemprop=datePublished]", "time[datetime]")) {
            Element e = doc.selectFirst(q);
            if (e == null) {
                continue;
            }
            String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            try {
                return ArticleReader.parseDate(v.strip(), "published");
            } catch (IllegalArgumentException ignored) {
                // try the next source of a date
            }
        }
        return null;
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : e.attr("content").strip();
    }
}
