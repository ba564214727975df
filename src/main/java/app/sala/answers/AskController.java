package app.sala.answers;

import app.sala.api.BadRequestException;
import app.sala.sentences.Intent;
import app.sala.understanding.Assistant;
import app.sala.understanding.Understanding;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/ask} with {@code {"lang":"en","text":"how often should I do the bridge"}}
 * (and optionally {@code "exercise"}, the exercise on screen): what Sala understood and answers.
 * The body is read and checked here, field by field, so that every wrong request gets a 4xx
 * that names the field, never a 500.
 */
@RestController
public class AskController {

    static final String PATH = "/api/v1/ask";
    static final int MAX_TEXT_LENGTH = 500;
    private static final Set<String> FIELDS = Set.of("lang", "text", "exercise");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    /**
     * What the caller gets back; slots are sorted so answers compare easily, route is null to
     * stay on the screen and "" for home, examples come only with help and unknown.
     */
    public record Answer(String intent, Map<String, String> slots, String answer, String route, String source,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> examples,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Choice> choices) {
    }

    /**
     * A typed question that is not understood but is this near to sentences of Sala's is
     * answered with "Did you mean…?" and those sentences' actions.
     */
    static final double NEAR_ENOUGH_TO_ASK = 0.6;

    private final Assistant assistant;
    private final Answers answers;
    private final ObjectMapper json;

    public AskController(Assistant assistant, Answers answers) {
        this.assistant = assistant;
        this.answers = answers;
        this.json = new ObjectMapper();
        // A body is small (its limit is the API's for this path), but a deeply nested one should fail fast too.
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build());
    }

    @PostMapping(PATH)
    public Answer ask(HttpServletRequest request) {
        requireJson(request.getContentType());
        JsonNode body = parse(read(request));
        String lang = lang(body);
        String text = text(body);
        String exercise = exercise(body);
        Understanding understanding = assistant.understand(lang, text);
        Reply reply = answers.reply(lang, understanding, exercise);
        if (understanding.intent().isUnknown()) {
            List<Intent> near = assistant.nearestReadings(lang, text, Answers.MAX_CHOICES).stream()
                    .filter(reading -> reading.score() >= NEAR_ENOUGH_TO_ASK).map(Understanding::intent).toList();
            if (!near.isEmpty()) {
                reply = answers.ask(lang, near, exercise);
            }
        }
        return new Answer(reply.intent().name(), new TreeMap<>(reply.intent().slots()), reply.answer(), reply.route(),
                understanding.source().name().toLowerCase(Locale.ROOT), reply.examples(), reply.choices());
    }

    @RequestMapping(value = PATH, method = {RequestMethod.GET, RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH})
    public Answer wrongMethod(HttpServletRequest request) {
        throw new BadRequestException(HttpStatus.METHOD_NOT_ALLOWED, request.getMethod() + " is not supported; POST a JSON"
                + " body like {\"lang\":\"en\",\"text\":\"how often should I do the bridge\"}");
    }

    private static void requireJson(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            type = null;
        }
        if (type == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(type) && type.getSubtype().equals("json"))) {
            throw new BadRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                    + (contentType == null ? "is missing" : "'" + contentType + "' is not supported") + "; send application/json");
        }
    }

    /** The body filter has already held it to this path's limit (sala.api.max-body-size-by-path). */
    private static byte[] read(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadRequestException("the request body cannot be read: " + e.getMessage());
        }
    }

    private JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadRequestException("the body is empty; send {\"lang\":\"en\",\"text\":\"...\"}");
        }
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequestException("the body cannot be read: " + e.getMessage());
        }
        if (body == null || !body.isObject()) {
            throw new BadRequestException("the body must be a JSON object like {\"lang\":\"en\",\"text\":\"...\"}");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new BadRequestException("unknown field '" + shorten(name) + "'; the fields are lang, text and exercise");
            }
        }
        return body;
    }

    private String lang(JsonNode body) {
        JsonNode lang = body.get("lang");
        if (lang == null || lang.isNull()) {
            throw new BadRequestException("lang is missing; use one of " + assistant.languages());
        }
        if (!lang.isTextual()) {
            throw new BadRequestException("lang must be a string, one of " + assistant.languages());
        }
        if (!assistant.languages().contains(lang.asText())) {
            throw new BadRequestException("unknown language '" + shorten(lang.asText()) + "'; Sala understands "
                    + assistant.languages());
        }
        return lang.asText();
    }

    private static String text(JsonNode body) {
        JsonNode text = body.get("text");
        if (text == null || text.isNull()) {
            throw new BadRequestException("text is missing");
        }
        if (!text.isTextual()) {
            throw new BadRequestException("text must be a string");
        }
        String raw = text.asText();
        if (raw.length() > MAX_TEXT_LENGTH) {
            throw new BadRequestException("text is " + raw.length() + " characters; the most is " + MAX_TEXT_LENGTH);
        }
        String clean = SPACES.matcher(INVISIBLE.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            throw new BadRequestException("text is empty");
        }
        return clean;
    }

    private String exercise(JsonNode body) {
        JsonNode exercise = body.get("exercise");
        if (exercise == null || exercise.isNull()) {
            return null;
        }
        if (!exercise.isTextual()) {
            throw new BadRequestException("exercise must be a string: the id of the exercise on screen");
        }
        String id = exercise.asText();
        List<String> known = assistant.exerciseIds();
        if (!known.contains(id)) {
            throw new BadRequestException("unknown exercise '" + shorten(id) + "'; the exercises are " + known);
        }
        return id;
    }

    private static String shorten(String value) {
        String visible = INVISIBLE.matcher(value).replaceAll("?");
        return visible.length() <= 40 ? visible : visible.substring(0, 40) + "…";
    }
}
