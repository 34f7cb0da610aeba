import Link from "next/link";
import type { SessionUser } from "@/server/session";
import { signOut } from "@/server/auth-actions";
import { ThemeToggle } from "./theme-toggle";
import { cx } from "@/lib/cx";

const studentLinks = [
  ["/dashboard", "Dashboard"],
  ["/learn", "Learn"],
  ["/exercises", "Exercises"],
  ["/quizzes", "Quizzes"],
  ["/progress", "Progress"],
] as const;
const teacherLinks = [
  ["/teacher", "Classes"],
  ["/teacher/alerts", "Alerts"],
  ["/teacher/exercises", "Exercises"],
] as const;

// Links do not prefetch: on a page full of links (the lists have one per lesson or exercise) the
// prefetches would each render a page on the server while the phone is still starting this one.
export function Nav({ user }: { user: SessionUser | null }) {
  const links = !user ? [] : user.role === "student" ? studentLinks : teacherLinks;
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link
          prefetch={false}
          href="/"
          className="mr-2 flex items-center gap-1 text-lg font-bold text-orange-700 dark:text-orange-400"
        >
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-5 w-5">
            <path d="M16 2c2 6 9 9 9 17a9 9 0 0 1-18 0c0-5 3-7 4-11 1 3 2 4 4 5 0-4-1-7 1-11z" fill="currentColor" />
          </svg>
          EmberLearn
        </Link>
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {links.map(([href, label]) => (
            <li key={href}>
              <Link prefetch={false} className="rounded px-1 py-0.5 hover:underline" href={href}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <ThemeToggle />
          {user ? (
            <>
              <span className="hidden sm:inline" title={user.email}>
                {user.name} <span className="text-slate-600 dark:text-slate-400">({user.role})</span>
              </span>
              <form action={signOut}>
                <button
                  type="submit"
                  className={cx(
                    "rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100",
                    "dark:border-slate-600 dark:hover:bg-slate-800",
                  )}
                >
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link prefetch={false} href="/sign-in" className="hover:underline">
                Sign in
              </Link>
              <Link
                prefetch={false}
                href="/sign-up"
                className="rounded-md bg-orange-700 px-3 py-1 text-white hover:bg-orange-800"
              >
                Sign up
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
