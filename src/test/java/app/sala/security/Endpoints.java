package app.sala.security;

import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Whether this build has an endpoint: tests name the voice endpoints before they are merged. */
final class Endpoints {

    private Endpoints() {
    }

    static boolean present(RequestMappingHandlerMapping mappings, String path) {
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPatternValues().contains(path)) {
                return true;
            }
        }
        return false;
    }
}
