package org.rrhub.tenants.api;

/** A ward or service unit of a provider, as shown and returned by the API. */
public record WardView(String id, String name, String service, int beds) {
}
