import { getFormatter } from "next-intl/server";
import type { Post } from "@/lib/content";
import { CALENDAR_DAY_FORMAT, calendarDayOf } from "@/lib/post-date";

/** The post's date as its author wrote it, in the reader's language. */
export async function PostDate({ date }: { date: Post["date"] }) {
  const format = await getFormatter();
  return <time dateTime={date.iso}>{format.dateTime(calendarDayOf(date), CALENDAR_DAY_FORMAT)}</time>;
}
