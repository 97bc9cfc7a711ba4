<#-- A member of more than one organisation chooses the one to act for. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("rrhubSelectOrganizationTitle")}
    <#elseif section = "form">
        <form action="${url.loginAction}" method="post" novalidate id="kc-user-organizations">
            <ul class="govuk-list">
                <#list user.organizations as organization>
                    <li>
                        <button type="submit" class="govuk-button govuk-button--secondary" id="organization-${organization.alias}"
                                name="kc.org" value="${organization.alias!}">${organization.name!}</button>
                    </li>
                </#list>
            </ul>
        </form>
    </#if>
</@layout.registrationLayout>
