<#-- A new password: after a first sign-in with a one-time password, or when the password has expired. -->
<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout errorField=messagesPerField.existsError("password-confirm")?then("password-confirm", "password-new"); section>
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <form id="kc-passwd-update-form" action="${url.loginAction}" method="post" novalidate>
            <@fields.input id="password-new" type="password" autocomplete="new-password" errorFields=["password"]
                    label=msg("passwordNew")
                    hint=((passwordPolicies.length)??)?then(msg("rrhubPasswordLengthHint", passwordPolicies.length), "")/>
            <@fields.input id="password-confirm" type="password" autocomplete="new-password"
                    errorFields=["password-confirm"] label=msg("passwordConfirm")/>
            <div class="govuk-form-group">
                <div class="govuk-checkboxes govuk-checkboxes--small">
                    <div class="govuk-checkboxes__item">
                        <input class="govuk-checkboxes__input" id="logout-sessions" name="logout-sessions" type="checkbox" value="on">
                        <label class="govuk-label govuk-checkboxes__label" for="logout-sessions">${msg("logoutOtherSessions")}</label>
                    </div>
                </div>
            </div>
            <div class="govuk-button-group">
                <button type="submit" class="govuk-button" id="kc-submit" name="login">${msg("rrhubSavePassword")}</button>
                <#if isAppInitiatedAction??>
                    <button type="submit" class="govuk-button govuk-button--secondary" id="kc-cancel" name="cancel-aia" value="true">${msg("doCancel")}</button>
                </#if>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
