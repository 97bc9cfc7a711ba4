<#-- A message with a way on: signed out, password changed, an action to carry out from an e-mailed link. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        <#if messageHeader??>
            ${msg(messageHeader)}
        <#else>
            ${message.summary}
        </#if>
    <#elseif section = "form">
        <div id="kc-info-message">
            <#if messageHeader??>
                <p class="govuk-body">${message.summary}</p>
            </#if>
            <#if requiredActions??>
                <ul class="govuk-list govuk-list--bullet">
                    <#list requiredActions as requiredAction>
                        <li>${msg("requiredAction.${requiredAction}")}</li>
                    </#list>
                </ul>
            </#if>
            <#if !skipLink??>
                <#if pageRedirectUri?has_content>
                    <p class="govuk-body"><a class="govuk-link" id="backToApplication" href="${pageRedirectUri}">${msg("backToApplication")}</a></p>
                <#elseif actionUri?has_content>
                    <p class="govuk-body"><a class="govuk-button" id="proceedWithAction" href="${actionUri}" role="button" draggable="false">${msg("proceedWithAction")}</a></p>
                <#elseif layout.applicationUrl()?has_content>
                    <p class="govuk-body"><a class="govuk-link" id="backToApplication" href="${layout.applicationUrl()}">${msg("backToApplication")}</a></p>
                </#if>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
