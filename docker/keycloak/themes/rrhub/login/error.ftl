<#-- Keycloak could not go on: an unknown client, a link used twice, a disabled account and the like. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("errorTitle")}
    <#elseif section = "form">
        <div id="kc-error-message">
            <p class="govuk-body">${kcSanitize(message.summary)?no_esc}</p>
            <#if traceId??>
                <p class="govuk-body" id="traceId">${msg("traceIdSupportMessage", traceId)}</p>
            </#if>
            <#if !skipLink?? && layout.applicationUrl()?has_content>
                <p class="govuk-body"><a class="govuk-link" id="backToApplication" href="${layout.applicationUrl()}">${msg("backToApplication")}</a></p>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
