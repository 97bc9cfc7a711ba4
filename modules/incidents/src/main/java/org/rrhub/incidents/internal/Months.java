package org.rrhub.incidents.internal;

import java.time.YearMonth;

/** Months are stored as yyyymm integers: portable across H2 and PostgreSQL, ordered, and cheap to group by. */
final class Months {

    private Months() {
    }

    static int code(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static YearMonth of(int code) {
        return YearMonth.of(code / 100, code % 100);
    }
}
