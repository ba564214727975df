package app.sala.content;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Walks a bound content record and reports every field that is missing or empty, naming
 * the file, the nearest id and the field, so a clinic editing a file knows where to look.
 * Reflection keeps the rule in one place instead of a null check per field per record.
 */
final class RequiredFields {

    private final String fileName;
    private final List<String> problems;

    RequiredFields(String fileName, List<String> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    void check(Record value, String path) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = read(component, value);
            boolean optional = component.isAnnotationPresent(OptionalField.class);
            checkField(path, component.getName(), field, optional);
        }
    }

    private void checkField(String path, String name, Object field, boolean optional) {
        if (field == null) {
            if (!optional) {
                report(path, name, "is missing");
            }
        } else if (field instanceof String text) {
            if (text.isBlank()) {
                report(path, name, "is empty");
            }
        } else if (field instanceof List<?> list) {
            if (list.isEmpty() && !optional) {
                report(path, name, "is an empty list");
            }
            for (int i = 0; i < list.size(); i++) {
                checkItem(path, name, i, list.get(i));
            }
        } else if (field instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                report(path, name, "is empty");
            }
            map.forEach((key, text) -> {
                if (text == null || text.toString().isBlank()) {
                    report(join(path, name), String.valueOf(key), "is empty");
                }
            });
        } else if (field instanceof Record nested) {
            check(nested, join(path, name));
        }
    }

    private void checkItem(String path, String name, int index, Object item) {
        if (item == null || (item instanceof String text && text.isBlank())) {
            report(path, name, "has an empty item (number " + (index + 1) + ")");
        } else if (item instanceof Record nested) {
            check(nested, join(path, name) + "[" + label(nested, index) + "]");
        }
    }

    private void report(String path, String field, String what) {
        String where = path.isEmpty() ? "" : "at " + path + ", ";
        problems.add(fileName + ": " + where + "field '" + field + "' " + what);
    }

    private static String label(Record item, int index) {
        for (RecordComponent component : item.getClass().getRecordComponents()) {
            if (component.getName().equals("id")) {
                Object id = read(component, item);
                if (id != null && !id.toString().isBlank()) {
                    return "id=" + id;
                }
            }
        }
        return "item " + (index + 1);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
