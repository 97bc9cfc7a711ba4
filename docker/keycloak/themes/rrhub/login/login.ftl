<#-- Username and password on one page (the flow without the organization step, or a username already known). -->
<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout errorField=(usernameHidden??)?then("password", "username"); section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
            <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
                <#if !usernameHidden??>
                    <@fields.username errorFields=["username", "password"]/>
                </#if>
                <@fields.password errorFields=(usernameHidden??)?then(["username", "password"], [])/>
                <@fields.rememberMe/>
                <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>>
                <button type="submit" class="govuk-button" id="kc-login" name="login">${msg("doLogIn")}</button>
            </form>
            <@fields.forgotPassword/>
        </#if>
    <#elseif section = "socialProviders">
        <@fields.socialProviders/>
    </#if>
</@layout.registrationLayout>
