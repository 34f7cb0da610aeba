import Link from "next/link";
import { type ApiError, request } from "@/server/api";
import { ErrorState, MasteryBadge, levelClass } from "@/components/ui/states";
import { AlertCard } from "@/components/teacher/alert-card";
import { Conversations, FailedRuns, QuizAttempts, Submissions } from "./evidence-sections";
import { MasteryOverTime } from "./mastery-over-time";
import { ResetPasswordButton } from "./reset-password-button";
import type { Conversation, QuizAttempt, StudentView, Submission } from "./types";
import { cx } from "@/lib/cx";

export const metadata = { title: "Student" };

export default async function StudentPage({
  params,
  searchParams,
}: {
  params: Promise<{ studentId: string }>;
  searchParams: Promise<{ module?: string }>;
}) {
  const { studentId } = await params;
  const { module } = await searchParams;
  const id = encodeURIComponent(studentId);
  let view: StudentView, submissions: Submission[], attempts: QuizAttempt[], conversations: Conversation[] | null;
  try {
    [view, { submissions }, { attempts }, conversations] = await Promise.all([
      request("GET /api/progress/students/:studentId", { params: { studentId }, query: { module } }),
      request("GET /api/exercise/students/:studentId/submissions", { params: { studentId }, query: { module } }),
      request("GET /api/exercise/students/:studentId/quiz-attempts", { params: { studentId } }),
      // the tutor is a separate service: the page still shows everything else when it is down
      request("GET /api/triage/students/:studentId/conversations", { params: { studentId } })
        .then((r) => r.conversations)
        .catch(() => null),
    ]);
  } catch (err) {
    return <ErrorState title="This student could not be loaded" message={(err as ApiError).message} />;
  }
  const { report, student } = view;
  const focus = report.modules.find((m) => m.moduleId === module);
  const points = view.timeline.map((p) => ({
    day: p.day,
    value: focus ? (p.modules[focus.moduleId] ?? 0) : p.overall,
  }));
  const quizzes = focus ? attempts.filter((a) => a.module === focus.moduleId) : attempts;
  const open = view.alerts.filter((a) => a.status === "open");
  const resolved = view.alerts.filter((a) => a.status === "resolved");
  const section = "space-y-2";
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/teacher" className="underline">
          Classes
        </Link>
        {student.classes.map((c) => (
          <span key={c.id}>
            {" / "}
            <Link href={`/teacher/classes/${c.id}`} className="underline">
              {c.name}
            </Link>
          </span>
        ))}
      </p>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold" data-testid="student-name">
            {student.name}
          </h1>
          <p className="text-sm text-slate-700 dark:text-slate-300">{student.email}</p>
          <p className="mt-1">
            Overall{" "}
            <MasteryBadge
              mastery={report.overall.mastery}
              level={report.overall.level.name}
              colour={report.overall.level.colour}
            />{" "}
            · streak {report.streak.current} days
          </p>
        </div>
        <ResetPasswordButton studentId={student.id} name={student.name} />
      </header>

      <nav aria-label="Modules" className="flex flex-wrap gap-2 text-sm">
        <Link
          href={`/teacher/students/${id}`}
          className={`rounded border px-2 py-1 ${!focus ? "font-bold ring-2 ring-orange-500" : ""}`}
        >
          All modules
        </Link>
        {report.modules.map((m) => (
          <Link
            key={m.moduleId}
            href={`/teacher/students/${id}?module=${m.moduleId}`}
            aria-current={focus?.moduleId === m.moduleId ? "page" : undefined}
            className={cx(
              "rounded border px-2 py-1",
              levelClass(m.level.colour),
              focus?.moduleId === m.moduleId && "font-bold ring-2 ring-orange-500",
            )}
          >
            {m.title} {m.mastery}
          </Link>
        ))}
      </nav>

      <section aria-labelledby="over-time" className={section}>
        <h2 id="over-time" className="text-lg font-semibold">
          Mastery over time{focus ? ` — ${focus.title}` : ""}
        </h2>
        <MasteryOverTime points={points} series={focus ? focus.title : "Overall"} />
        {focus && (
          <ul className="text-sm">
            {focus.components.map((c) => (
              <li key={c.name}>
                <strong>{c.name}</strong> {c.value} × {c.weight}: {c.reasons.map((r) => r.text).join("; ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="alerts-heading" id="alerts" className={section}>
        <h2 className="text-lg font-semibold" id="alerts-heading">
          Alerts: {open.length} open, {resolved.length} resolved
        </h2>
        {view.alerts.length === 0 && <p className="text-sm">No alerts.</p>}
        <ul className="space-y-2">
          {[...open, ...resolved].map((a) => (
            <li key={a.id}>
              <AlertCard alert={a} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="subs" id="submissions" className={section}>
        <h2 id="subs" className="text-lg font-semibold">
          Submissions{focus ? ` in ${focus.title}` : ""}
        </h2>
        <Submissions items={submissions} />
      </section>

      <section aria-labelledby="runs-h" id="runs" className={section}>
        <h2 id="runs-h" className="text-lg font-semibold">
          Runs that ended in an error
        </h2>
        <FailedRuns runs={view.runs} />
      </section>

      <section aria-labelledby="quizzes-h" id="quizzes" className={section}>
        <h2 id="quizzes-h" className="text-lg font-semibold">
          Quiz attempts
        </h2>
        <QuizAttempts attempts={quizzes} />
      </section>

      <section aria-labelledby="conversations-h" id="conversations" className={section}>
        <h2 id="conversations-h" className="text-lg font-semibold">
          Conversations with the tutor
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Students are told in the tutor panel that their teacher can read these conversations.
        </p>
        <Conversations items={conversations} />
      </section>
    </div>
  );
}
