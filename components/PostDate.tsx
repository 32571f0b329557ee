import { getFormatter } from "next-intl/server";
import type { Post } from "@/lib/content";

/** The post's date as its author wrote it, in the reader's language; the server's time zone plays no part. */
export async function PostDate({ date }: { date: Post["date"] }) {
  const format = await getFormatter();
  const calendarDay = new Date(Date.UTC(Number(date.year), Number(date.month) - 1, Number(date.day), 12));
  return (
    <time dateTime={date.iso}>
      {format.dateTime(calendarDay, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })}
    </time>
  );
}
