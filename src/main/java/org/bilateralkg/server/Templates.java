package org.bilateralkg.server;

import java.io.Writer;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders pages with Thymeleaf templates from server/templates/. Templates only use th:text and
 * attribute expressions, which escape every value; none uses th:utext.
 */
final class Templates {
    private final TemplateEngine engine = new TemplateEngine();

    Templates() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        r.setPrefix("server/templates/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        engine.setTemplateResolver(r);
    }

    void render(String template, Page page, Writer out) {
        Context ctx = new Context(Locale.forLanguageTag(page.lang == null ? "en" : page.lang), Map.of("p", page, "t", page.t));
        engine.process(template, ctx, out);
    }
}
