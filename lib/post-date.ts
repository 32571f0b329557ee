// How a post's date is shown, wherever it is: the day its author wrote, in the
// reader's language; the server's time zone plays no part.

/** The post's calendar day at noon UTC, so that no time zone moves it to another day. */
export const calendarDayOf = (date: { year: string; month: string; day: string }): Date =>
  new Date(Date.UTC(Number(date.year), Number(date.month) - 1, Number(date.day), 12));

export const CALENDAR_DAY_FORMAT = { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } as const;
