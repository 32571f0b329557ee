// How a post's date is shown, wherever it is: the day its author wrote, in the
// reader's language; the server's time zone plays no part.

/**
 * The post's calendar day at noon UTC, so that no time zone moves it to another day. Its year is set on its own:
 * `Date.UTC` reads years 0 to 99 as 1900 to 1999, and Hugo dates a post without a date in year 1.
 */
export function calendarDayOf(date: { year: string; month: string; day: string }): Date {
  const noon = new Date(Date.UTC(2000, 0, 1, 12));
  noon.setUTCFullYear(Number(date.year), Number(date.month) - 1, Number(date.day));
  return noon;
}

export const CALENDAR_DAY_FORMAT = { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } as const;
