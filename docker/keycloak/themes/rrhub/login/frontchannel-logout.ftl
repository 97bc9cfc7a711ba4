<#-- Signing out of every application of the session; the link goes on when JavaScript does not. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("frontchannel-logout.title")}
    <#elseif section = "form">
        <p class="govuk-body">${msg("frontchannel-logout.message")}</p>
        <ul class="govuk-list govuk-list--bullet">
            <#list logout.clients as client>
                <li>${client.name}<iframe src="${client.frontChannelLogoutUrl}" title="${client.name}" hidden></iframe></li>
            </#list>
        </ul>
        <#if logout.logoutRedirectUri?has_content>
            <script>
                <#outputformat "JavaScript">
                document.addEventListener('readystatechange', function () {
                    if (document.readyState === 'complete') {
                        window.location.replace(${logout.logoutRedirectUri?c});
                    }
                });
                </#outputformat>
            </script>
            <a class="govuk-button" id="continue" href="${logout.logoutRedirectUri}" role="button" draggable="false">${msg("doContinue")}</a>
        </#if>
    </#if>
</@layout.registrationLayout>
