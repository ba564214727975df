package app.sala.usage;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The usage figures are saved on a timer (see {@link UsageFigures#save()}). */
@Configuration
@EnableScheduling
public class KioskConfiguration {
}
