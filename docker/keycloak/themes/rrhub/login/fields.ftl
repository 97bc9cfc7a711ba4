<#-- The form fields of the sign-in pages, in GOV.UK Frontend's markup: label, hint, error message next to the
     field (from Keycloak's messagesPerField), the input described by both. -->

<#-- The first error Keycloak reported for any of the fields, or "". -->
<#function firstError errorFields>
    <#list errorFields as field>
        <#if messagesPerField.existsError(field)>
            <#return messagesPerField.get(field)>
        </#if>
    </#list>
    <#return "">
</#function>

<#macro input id label type autocomplete errorFields=[] name=id value="" hint="">
    <#local error = firstError(errorFields)>
    <#local describedBy = [] + hint?has_content?then([id + "-hint"], []) + error?has_content?then([id + "-error"], [])>
    <div class="govuk-form-group<#if error?has_content> govuk-form-group--error</#if>">
        <label class="govuk-label" for="${id}">${label}</label>
        <#if hint?has_content>
            <div id="${id}-hint" class="govuk-hint">${hint}</div>
        </#if>
        <#if error?has_content>
            <p id="${id}-error" class="govuk-error-message">
                <span class="govuk-visually-hidden">Error:</span> ${kcSanitize(error)?no_esc}
            </p>
        </#if>
        <input class="govuk-input<#if error?has_content> govuk-input--error</#if>" id="${id}" name="${name}"
               type="${type}" autocomplete="${autocomplete}" spellcheck="false" autocapitalize="none"
               <#if value?has_content>value="${value}"</#if>
               <#if describedBy?has_content>aria-describedby="${describedBy?join(' ')}"</#if>
               <#if error?has_content>aria-invalid="true"</#if>>
    </div>
</#macro>

<#macro username errorFields>
    <@input id="username" type="text" autocomplete="username" errorFields=errorFields value=(login.username)!""
            label=realm.loginWithEmailAllowed?then(realm.registrationEmailAsUsername?then(msg("email"), msg("usernameOrEmail")), msg("username"))/>
</#macro>

<#macro password errorFields>
    <@input id="password" type="password" autocomplete="current-password" errorFields=errorFields label=msg("password")/>
</#macro>

<#macro rememberMe>
    <#if realm.rememberMe && !usernameHidden??>
        <div class="govuk-form-group">
            <div class="govuk-checkboxes govuk-checkboxes--small">
                <div class="govuk-checkboxes__item">
                    <input class="govuk-checkboxes__input" id="rememberMe" name="rememberMe" type="checkbox"<#if (login.rememberMe)??> checked</#if>>
                    <label class="govuk-label govuk-checkboxes__label" for="rememberMe">${msg("rememberMe")}</label>
                </div>
            </div>
        </div>
    </#if>
</#macro>

<#macro forgotPassword>
    <#if realm.resetPasswordAllowed>
        <p class="govuk-body"><a class="govuk-link" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
    </#if>
</#macro>

<#macro socialProviders>
    <#if realm.password && social?? && social.providers?has_content>
        <h2 class="govuk-heading-m">${msg("identity-provider-login-label")}</h2>
        <ul class="govuk-list">
            <#list social.providers as p>
                <li><a class="govuk-link" id="social-${p.alias}" href="${p.loginUrl}">${p.displayName!}</a></li>
            </#list>
        </ul>
    </#if>
</#macro>
