package org.rrhub.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Thymeleaf, configured once: HTML mode, templates from the classpath, text escaped unless a template says otherwise. */
@ApplicationScoped
public class Templates {

    private final TemplateEngine engine;

    public Templates() {
        var resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    public void render(String template, Map<String, Object> model, Writer out) {
        engine.process(template, new Context(Locale.UK, model), out);
    }
}
