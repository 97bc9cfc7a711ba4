package org.rrhub.web.support;

import jakarta.ws.rs.core.UriInfo;

/** Small facts about a request that several filters need to agree on. */
public final class Requests {

    private Requests() {
    }

    /** API requests get JSON answers (problem+json), never pages or redirects. */
    public static boolean isApi(UriInfo uriInfo) {
        String path = uriInfo.getPath();
        return path.startsWith("api/") || path.startsWith("/api/") || path.equals("api") || path.equals("/api");
    }
}
