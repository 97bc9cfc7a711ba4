package org.rrhub.web.support;

import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.StrategyDomain;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders a page template with the model the layout expects of every page, as PageWriter gives it. */
final class PageRendering {

    private final Templates templates = new Templates();

    String render(String template, Map<String, Object> extra, Caller caller) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("pageTitle", "Title");
        model.put("csrf", "token-123");
        model.put("csrfField", CsrfTokens.FIELD);
        model.put("currentPath", "/dashboard");
        model.put("caller", caller);
        model.put("providerStaff", caller != null && caller.tenant().isPresent());
        model.put("platformAdmin", caller != null && caller.hasRole(Role.PLATFORM_ADMIN));
        model.put("domains", List.of(StrategyDomain.values()));
        StringWriter out = new StringWriter();
        templates.render(template, model, out);
        return out.toString();
    }
}
