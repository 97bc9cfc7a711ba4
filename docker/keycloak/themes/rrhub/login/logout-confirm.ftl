<#-- Signing out when the request did not prove where it came from (no id_token_hint): ask first. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("logoutConfirmTitle")}
    <#elseif section = "form">
        <div id="kc-logout-confirm">
            <p class="govuk-body">${msg("logoutConfirmHeader")}</p>
            <form action="${url.logoutConfirmAction}" method="post" novalidate>
                <input type="hidden" name="session_code" value="${logoutConfirm.code}">
                <button type="submit" class="govuk-button" id="kc-logout" name="confirmLogout">${msg("doLogout")}</button>
            </form>
            <#if !logoutConfirm.skipLink && layout.applicationUrl()?has_content>
                <p class="govuk-body"><a class="govuk-link" id="backToApplication" href="${layout.applicationUrl()}">${msg("backToApplication")}</a></p>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
