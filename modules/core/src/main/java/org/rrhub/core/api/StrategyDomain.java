package org.rrhub.core.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six core strategy domains of the Restraint Reduction Network pledge action plan, with the template's
 * own description of each, shown as guidance wherever a domain is worked on.
 */
public enum StrategyDomain {
    LEADERSHIP_AND_GOVERNANCE(1, "leadership-and-governance", "Leadership and governance",
            "The organisation develops an organisation-wide plan designed to increase the quality of life for "
                    + "service recipients as well as reduce and minimise the use of restrictive interventions and "
                    + "restrictive practices, with review and planning mechanisms."),
    USING_DATA_TO_INFORM_PRACTICE(2, "using-data-to-inform-practice", "Using data to inform practice",
            "The organisation uses data to identify, plan and review the overall organisation-wide plan to reduce "
                    + "restrictive practice, improve service delivery and increase quality of life."),
    STAFF_TRAINING_AND_DEVELOPMENT(3, "staff-training-and-development", "Staff training and development",
            "The organisation ensures that all members of its workforce have the knowledge and skills they need to "
                    + "implement improvement measures and to prevent and respond sensitively to behaviours of concern."),
    PREVENTATIVE_MEASURES(4, "preventative-measures-and-personalised-support",
            "Preventative measures and personalised support",
            "The organisation ensures that staff have the tools they need to manage risks, improve service delivery "
                    + "and personalise the support given to people using the services."),
    INVOLVING_THOSE_WHO_RECEIVE_SERVICES(5, "involving-those-who-receive-services",
            "Involving those who receive services",
            "The organisation fully involves the people who use services, to understand their needs and whether the "
                    + "service delivered meets their needs and expectations."),
    CONTINUOUS_IMPROVEMENT(6, "continuous-improvement", "Continuous improvement",
            "The organisation adopts a culture of reflection and positive learning, so that change is embedded at "
                    + "service level and in everyday interactions between staff and the people they support.");

    private final int number;
    private final String slug;
    private final String title;
    private final String guidance;

    StrategyDomain(int number, String slug, String title, String guidance) {
        this.number = number;
        this.slug = slug;
        this.title = title;
        this.guidance = guidance;
    }

    public int number() {
        return number;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String guidance() {
        return guidance;
    }

    public static Optional<StrategyDomain> bySlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }
}
