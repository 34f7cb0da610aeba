import Link from "next/link";
import { cx } from "@/lib/cx";

export function ErrorState({ title = "Something went wrong", message }: { title?: string; message: string }) {
  return (
    <div
      role="alert"
      className={cx(
        "rounded-md border border-red-300 bg-red-50 p-4 text-red-900",
        "dark:border-red-800 dark:bg-red-950 dark:text-red-100",
      )}
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{message}</p>
    </div>
  );
}

export function EmptyState({ message, action }: { message: string; action?: { href: string; label: string } }) {
  return (
    <div
      className={cx(
        "rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-700",
        "dark:border-slate-700 dark:text-slate-300",
      )}
    >
      <p>{message}</p>
      {action && (
        <Link
          href={action.href}
          className="mt-3 inline-block rounded-md bg-orange-700 px-4 py-2 text-white hover:bg-orange-800"
        >
          {action.label}
        </Link>
      )}
    </div>
  );
}

const LEVEL_STYLES: Record<string, string> = {
  red: "bg-red-100 text-red-900 border-red-400 dark:bg-red-950 dark:text-red-100 dark:border-red-700",
  yellow:
    "bg-yellow-100 text-yellow-900 border-yellow-400 dark:bg-yellow-950 dark:text-yellow-100 dark:border-yellow-700",
  green: "bg-green-100 text-green-900 border-green-500 dark:bg-green-950 dark:text-green-100 dark:border-green-700",
  blue: "bg-blue-100 text-blue-900 border-blue-500 dark:bg-blue-950 dark:text-blue-100 dark:border-blue-700",
};

/** A mastery badge: the colour is never the only signal, the number and level name are written too. */
export function MasteryBadge({ mastery, level, colour }: { mastery: number; level: string; colour: string }) {
  return (
    <span
      className={cx(
        "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-semibold",
        LEVEL_STYLES[colour],
      )}
      data-colour={colour}
    >
      {mastery}
      <span className="font-normal">· {level}</span>
    </span>
  );
}

export function levelClass(colour: string) {
  return LEVEL_STYLES[colour] ?? "";
}
