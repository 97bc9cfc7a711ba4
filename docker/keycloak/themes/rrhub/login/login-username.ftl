<#-- The first step of signing in with organizations: the username (or email address) alone. -->
<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout errorField="username"; section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
            <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
                <#if !usernameHidden??>
                    <@fields.username errorFields=["username"]/>
                </#if>
                <@fields.rememberMe/>
                <button type="submit" class="govuk-button" id="kc-login" name="login">${msg("doContinue")}</button>
            </form>
        </#if>
    <#elseif section = "socialProviders">
        <@fields.socialProviders/>
    </#if>
</@layout.registrationLayout>
