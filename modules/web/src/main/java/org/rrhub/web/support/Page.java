package org.rrhub.web.support;

import java.util.HashMap;
import java.util.Map;

/** A server-rendered page: a Thymeleaf template and its model. Rendered by {@link PageWriter}. */
public final class Page {

    private final String template;
    private final String title;
    private final Map<String, Object> model = new HashMap<>();

    private Page(String template, String title) {
        this.template = template;
        this.title = title;
    }

    public static Page of(String template, String title) {
        return new Page(template, title);
    }

    public Page with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    /** The same page under another title (a form shown again with errors says so in its title). */
    public Page titled(String newTitle) {
        Page copy = new Page(template, newTitle);
        copy.model.putAll(model);
        return copy;
    }

    public String template() {
        return template;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> model() {
        return java.util.Collections.unmodifiableMap(model);
    }
}
