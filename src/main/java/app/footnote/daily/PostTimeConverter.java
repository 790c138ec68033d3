package app.footnote.daily;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A local time of day as the column keeps it: HH:mm, five characters. */
@Converter
public class PostTimeConverter implements AttributeConverter<LocalTime, String> {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public String convertToDatabaseColumn(LocalTime time) {
        return time == null ? null : HH_MM.format(time);
    }

    @Override
    public LocalTime convertToEntityAttribute(String column) {
        return column == null ? null : LocalTime.parse(column, HH_MM);
    }
}
