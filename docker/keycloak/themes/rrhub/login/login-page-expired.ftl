<#-- The sign-in page was reloaded or reached again with the browser's back button after the flow moved on. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("pageExpiredTitle")}
    <#elseif section = "form">
        <p class="govuk-body" id="instruction1">${msg("rrhubPageExpiredMessage")}</p>
        <div class="govuk-button-group">
            <a class="govuk-button" id="loginContinueLink" href="${url.loginAction}" role="button" draggable="false">${msg("rrhubPageExpiredContinue")}</a>
            <a class="govuk-link" id="loginRestartLink" href="${url.loginRestartFlowUrl}">${msg("rrhubPageExpiredRestart")}</a>
        </div>
    </#if>
</@layout.registrationLayout>
