package app.footnote.game;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A round's shown order as the column keeps it: indexes into [answer, wrong...], comma-separated ("2,0,3,1"). */
@Converter
public class ChoiceOrderConverter implements AttributeConverter<List<Integer>, String> {

    @Override
    public String convertToDatabaseColumn(List<Integer> order) {
        return order == null ? null : order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Integer> convertToEntityAttribute(String column) {
        return column == null ? null : Arrays.stream(column.split(",")).map(Integer::valueOf).toList();
    }
}
