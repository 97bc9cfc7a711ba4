package org.rrhub.tenants.api;

import org.rrhub.core.api.Role;

import java.util.Set;

/**
 * A person to create in the identity provider.
 *
 * @param temporaryPassword true when the person must choose a new password at first sign-in
 */
public record NewUser(String username, String email, String firstName, String lastName, Set<Role> roles,
                      String password, boolean temporaryPassword) {
}
