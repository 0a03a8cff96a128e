package org.fourpermille.hub.matching;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps an immutable list of codes to a PostgreSQL {@code text[]} column. EclipseLink 4 hands a
 * {@code String[]} to the driver's {@code setObject} (which pgjdbc binds as an array) and reads an array
 * column back as a {@code java.sql.Array} or, after its own conversion, a {@code Vector}; the database type
 * is therefore declared as {@code Object} so that EclipseLink does not try to convert either way.
 * Entities must replace the list rather than change it: EclipseLink finds changes by {@code equals}.
 */
@Converter
public class TextArrayConverter implements AttributeConverter<List<String>, Object> {

    @Override
    public Object convertToDatabaseColumn(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    @Override
    public List<String> convertToEntityAttribute(Object column) {
        return elements(column).stream().map(String::valueOf).toList();
    }

    static List<Object> elements(Object column) {
        if (column == null) {
            return List.of();
        }
        if (column instanceof Array array) {
            try {
                return elements(array.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException("Unreadable array column", e);
            }
        }
        if (column instanceof Object[] values) {
            return new ArrayList<>(Arrays.asList(values));
        }
        if (column instanceof Collection<?> values) {
            return new ArrayList<>(values);
        }
        if (column instanceof String literal) {
            return parseLiteral(literal);
        }
        throw new IllegalStateException("Not an array column: " + column.getClass());
    }

    /** A plain array literal such as {@code {A,B}} (codes only: no quoting or escapes needed). */
    private static List<Object> parseLiteral(String literal) {
        String inner = literal.strip();
        if (inner.startsWith("{") && inner.endsWith("}")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        if (inner.isBlank()) {
            return new ArrayList<>();
        }
        List<Object> values = new ArrayList<>();
        for (String part : inner.split(",")) {
            values.add(part.strip().replace("\"", ""));
        }
        return values;
    }
}
