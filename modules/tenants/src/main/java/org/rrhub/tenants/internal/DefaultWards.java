package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.NewWard;
import org.rrhub.tenants.api.WardView;
import org.rrhub.tenants.api.Wards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
@Transactional
class DefaultWards implements Wards {

    @Inject
    WardRepository wards;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<WardView> list() {
        return wards.all().stream().map(Ward::toView).toList();
    }

    @Override
    public WardView get(String id) {
        return wards.find(id).map(Ward::toView).orElseThrow(() -> new NotFoundException("Ward"));
    }

    @Override
    public WardView add(NewWard request, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String name = TenantRules.strip(request.name());
        String service = TenantRules.strip(request.service());
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "Enter the ward's name"));
        } else if (name.length() > 120) {
            errors.add(new FieldError("name", "The ward's name must be 120 characters or fewer"));
        } else if (wards.existsWithName(name)) {
            errors.add(new FieldError("name", "A ward with this name already exists"));
        }
        if (service.isEmpty()) {
            errors.add(new FieldError("service", "Enter the service the ward belongs to"));
        } else if (service.length() > 120) {
            errors.add(new FieldError("service", "The service must be 120 characters or fewer"));
        }
        if (request.beds() == null) {
            errors.add(new FieldError("beds", "Enter the number of beds"));
        } else if (request.beds() < 0 || request.beds() > 2000) {
            errors.add(new FieldError("beds", "The number of beds must be between 0 and 2000"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Ward ward = new Ward(name, service, request.beds(), clock.instant());
        wards.add(ward);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.WARD_ADDED, name);
        return ward.toView();
    }
}
