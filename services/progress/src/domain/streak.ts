import type { Activity } from "./activity.ts";

// Streaks count calendar days in the student's own time zone: practising at
// 23:30 and again at 00:30 local time is two days, whatever UTC says.

export interface Streak {
  current: number;
  longest: number;
  lastActiveDay: string | null;
  activeToday: boolean;
}

// building a formatter costs far more than using one (6% of the progress service under load):
// one per time zone, kept (a school has a handful of zones; bounded anyway)
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function localDay(iso: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    if (dayFormats.size >= 1000) dayFormats.clear();
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

function previousDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function computeStreak(activities: Pick<Activity, "time">[], timeZone: string, now: Date): Streak {
  const days = [...new Set(activities.map((a) => localDay(a.time, timeZone)))].sort();
  if (days.length === 0) return { current: 0, longest: 0, lastActiveDay: null, activeToday: false };
  let longest = 1;
  let run = 1;
  for (let i = 1; i < days.length; i++) {
    run = previousDay(days[i]) === days[i - 1] ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const today = localDay(now.toISOString(), timeZone);
  const last = days[days.length - 1];
  // a streak is still alive until the end of the day after the last active day
  const alive = last === today || last === previousDay(today);
  return { current: alive ? run : 0, longest, lastActiveDay: last, activeToday: last === today };
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
