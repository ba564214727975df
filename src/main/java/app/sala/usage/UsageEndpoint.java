package app.sala.usage;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The usage figures for staff: {@code GET /actuator/usage} (the last 7 days) or
 * {@code /actuator/usage?days=30}. Counts only; see {@link UsageFigures}.
 */
@Component
@Endpoint(id = "usage")
public class UsageEndpoint {

    private static final int DEFAULT_DAYS = 7;

    private final UsageFigures figures;

    public UsageEndpoint(UsageFigures figures) {
        this.figures = figures;
    }

    /**
     * @param kept   where the figures live: "file" (with the folder) or "memory"
     * @param days   the days with figures, newest first
     */
    public record Report(String kept, String folder, int daysKept, List<DayCounts> days) {
    }

    @ReadOperation
    public Report usage(@Nullable Integer days) {
        int count = days == null || days < 1 ? DEFAULT_DAYS : days;
        return new Report(figures.folder().isPresent() ? "file" : "memory",
                figures.folder().map(folder -> folder.toAbsolutePath().toString()).orElse(null),
                figures.daysKept(), figures.lastDays(count));
    }
}
