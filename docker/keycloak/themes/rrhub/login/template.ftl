<#--
  The page layout of every sign-in page: GOV.UK Frontend's header with the product's name (no crown), one main
  column, the error summary above the heading, the footer. No JavaScript: forms post and links link.
  Pages call registrationLayout with the sections Keycloak's own templates use ("header", "form", "info",
  "socialProviders"); errorField names the input the page's error message belongs to, for the summary's link.
-->
<#--
  The address of the application the person came from, or "" when Keycloak does not know one. Keycloak's own
  account console counts as none: the product does not offer it, so no page links to it.
-->
<#function applicationUrl>
    <#if client?? && (client.baseUrl)?has_content && !((client.clientId)!"")?starts_with("account")>
        <#return client.baseUrl>
    </#if>
    <#return "">
</#function>

<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false errorField="">
<#assign productName = realm.displayName!"Restraint Reduction Hub">
<#assign homeUrl = applicationUrl()>
<#assign showError = displayMessage && message?has_content && message.type = "error">
<#assign pageHeading><#nested "header"></#assign>
<#assign pageHeading = pageHeading?markup_string?trim?no_esc>
<!DOCTYPE html>
<html lang="${lang!'en'}" class="govuk-template">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <meta name="robots" content="noindex, nofollow">
    <meta name="theme-color" content="#0b0c0c">
    <title><#if showError>Error: </#if>${pageHeading} – ${productName}</title>
    <link rel="icon" href="data:,">
    <#if properties.styles?has_content>
        <#list properties.styles?split(' ') as style>
            <link href="${url.resourcesPath}/${style}" rel="stylesheet">
        </#list>
    </#if>
</head>
<body class="govuk-template__body" data-page-id="login-${pageId!''}">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header rrhub-header">
    <div class="govuk-header__container govuk-width-container">
        <div class="govuk-header__logo">
            <#if homeUrl?has_content>
                <a href="${homeUrl}" class="govuk-header__link govuk-header__link--homepage"><span class="rrhub-header__product">${productName}</span></a>
            <#else>
                <span class="govuk-header__link govuk-header__link--homepage"><span class="rrhub-header__product">${productName}</span></span>
            </#if>
        </div>
    </div>
</header>
<div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content">
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <#if showError>
                    <#-- Without JavaScript the summary takes the focus itself, so screen readers start there. -->
                    <div class="govuk-error-summary" id="error-summary" tabindex="-1" autofocus>
                        <div role="alert">
                            <h2 class="govuk-error-summary__title">There is a problem</h2>
                            <div class="govuk-error-summary__body">
                                <ul class="govuk-list govuk-error-summary__list">
                                    <li><#if errorField?has_content><a href="#${errorField}">${kcSanitize(message.summary)?no_esc}</a><#else>${kcSanitize(message.summary)?no_esc}</#if></li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </#if>

                <h1 class="govuk-heading-l" id="kc-page-title">${pageHeading}</h1>

                <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
                    <#nested "show-username">
                    <p class="govuk-body rrhub-signing-in-as" id="kc-username">
                        <span id="kc-attempted-username">Signing in as <strong>${auth.attemptedUsername}</strong>.</span>
                        <a class="govuk-link" id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a>
                    </p>
                </#if>

                <#-- App-initiated actions do not need to be told that they must complete the action. -->
                <#if displayMessage && message?has_content && message.type != "error" && (message.type != "warning" || !isAppInitiatedAction??)>
                    <#if message.type = "success">
                        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert"
                             aria-labelledby="notification-title">
                            <div class="govuk-notification-banner__header">
                                <h2 class="govuk-notification-banner__title" id="notification-title">Success</h2>
                            </div>
                            <div class="govuk-notification-banner__content">
                                <p class="govuk-notification-banner__heading">${kcSanitize(message.summary)?no_esc}</p>
                            </div>
                        </div>
                    <#else>
                        <div class="govuk-inset-text" id="kc-message">${kcSanitize(message.summary)?no_esc}</div>
                    </#if>
                </#if>

                <#nested "form">

                <#if auth?has_content && auth.showTryAnotherWayLink()>
                    <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post" novalidate>
                        <input type="hidden" name="tryAnotherWay" value="on">
                        <button type="submit" class="govuk-button govuk-button--secondary" id="try-another-way">${msg("doTryAnotherWay")}</button>
                    </form>
                </#if>

                <#if switchOrganizationEnabled?? && switchOrganizationEnabled>
                    <form id="kc-switch-organization-form" action="${url.loginAction}" method="post" novalidate>
                        <input type="hidden" name="switchOrganization" value="true">
                        <button type="submit" class="govuk-button govuk-button--secondary" id="switch-organization">${msg("doSwitchOrganization")}</button>
                    </form>
                </#if>

                <#nested "socialProviders">

                <#if displayInfo>
                    <div id="kc-info">
                        <#nested "info">
                    </div>
                </#if>
            </div>
        </div>
    </main>
</div>
<footer class="govuk-footer">
    <div class="govuk-width-container">
        <div class="govuk-footer__meta">
            <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <p class="govuk-body-s">${msg("rrhubFooter", productName)}</p>
            </div>
        </div>
    </div>
</footer>
</body>
</html>
</#macro>
