package org.fourpermille.hub.matching;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps an immutable list of small integers (SDG numbers) to a PostgreSQL {@code smallint[]} column; see {@link TextArrayConverter}. */
@Converter
public class SmallintArrayConverter implements AttributeConverter<List<Integer>, Object> {

    @Override
    public Object convertToDatabaseColumn(List<Integer> values) {
        return values == null ? new Short[0] : values.stream().map(Integer::shortValue).toArray(Short[]::new);
    }

    @Override
    public List<Integer> convertToEntityAttribute(Object column) {
        return TextArrayConverter.elements(column).stream()
                .map(value -> value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().strip()))
                .toList();
    }
}
