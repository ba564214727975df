package app.sala.care;

import app.sala.content.CareGuide;
import app.sala.content.CareSetting;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/**
 * Decides where a chosen condition sends the visitor. An emergency condition, or one the
 * guide does not know, always goes to the emergency screen: a wrong "go to your doctor"
 * costs far more than a needless "call 911".
 */
public final class CareAdvisor {

    private CareAdvisor() {
    }

    public static boolean isEmergency(CareGuide guide, String conditionId) {
        return guide.settingFor(conditionId).map(CareSetting::isEmergency).orElse(true);
    }

    /** The address of the screen that answers this condition. */
    public static String routeFor(CareGuide guide, String conditionId) {
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        if (isEmergency(guide, conditionId)) {
            return routes.getUrl(EmergencyView.class, new RouteParameters(EmergencyView.CONDITION_ID, conditionId));
        }
        return routes.getUrl(CareAdviceView.class, new RouteParameters(CareAdviceView.CONDITION_ID, conditionId));
    }
}
