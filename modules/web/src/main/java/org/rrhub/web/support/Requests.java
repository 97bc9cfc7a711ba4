package org.rrhub.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.rrhub.core.api.RequestPaths;

/** Small facts about a request that several filters need to agree on. */
public final class Requests {

    private Requests() {
    }

    /**
     * API requests get JSON answers (problem+json), never pages or redirects. Judged on the path the container
     * routes by, as the authentication mechanism judges it ({@link RequestPaths}).
     */
    public static boolean isApi(HttpServletRequest request) {
        return RequestPaths.isApi(RequestPaths.routed(request.getServletPath(), request.getPathInfo()));
    }
}
