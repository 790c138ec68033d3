package app.footnote.daily;

import java.time.LocalDate;

/** A date column read by a native query, which Hibernate hands over as java.sql.Date or LocalDate by driver. */
final class SqlDates {

    private SqlDates() {
    }

    static LocalDate toLocalDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
