<#-- The second step of signing in with organizations: the password of the username given before. -->
<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout errorField="password"; section>
    <#if section = "header">
        ${msg("loginPasswordTitle")}
    <#elseif section = "form">
        <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
            <@fields.password errorFields=["password"]/>
            <button type="submit" class="govuk-button" id="kc-login" name="login">${msg("doLogIn")}</button>
        </form>
        <@fields.forgotPassword/>
    </#if>
</@layout.registrationLayout>
