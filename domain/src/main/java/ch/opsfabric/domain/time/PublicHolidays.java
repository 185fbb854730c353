package ch.opsfabric.domain.time;

import java.time.LocalDate;

/** Answers whether a date is a public holiday in a canton (federal holidays included). */
@FunctionalInterface
public interface PublicHolidays {

    boolean isHoliday(Canton canton, LocalDate date);
}
