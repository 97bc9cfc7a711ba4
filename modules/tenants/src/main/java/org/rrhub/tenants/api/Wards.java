package org.rrhub.tenants.api;

import java.util.List;

/** The current tenant's wards and service units. Always scoped to the tenant of the request. */
public interface Wards {

    List<WardView> list();

    /** @throws org.rrhub.core.api.NotFoundException also when the id belongs to another tenant */
    WardView get(String id);

    WardView add(NewWard ward, String actor);
}
