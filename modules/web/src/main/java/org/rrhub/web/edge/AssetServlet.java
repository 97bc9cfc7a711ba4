package org.rrhub.web.edge;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the files under /assets of the web application (GOV.UK Frontend, our CSS and JS, static error pages).
 * Needed because JAX-RS owns /*; a path leaving /assets is refused.
 */
public class AssetServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.contains("\\") || path.endsWith("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String resource = "/assets" + path;
        try (InputStream in = getServletContext().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String type = getServletContext().getMimeType(resource);
            if (resource.endsWith(".js")) {
                type = "text/javascript";
            }
            response.setContentType(type == null ? "application/octet-stream" : type);
            if (type != null && (type.startsWith("text/") || type.endsWith("javascript"))) {
                response.setCharacterEncoding("UTF-8");
            }
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
