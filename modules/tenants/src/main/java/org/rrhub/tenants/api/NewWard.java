package org.rrhub.tenants.api;

public record NewWard(String name, String service, Integer beds) {
}
