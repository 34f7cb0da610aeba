import type { CloudEvent } from "@emberlearn/contracts";
import { NotFoundError } from "@emberlearn/platform";
import { studentIdsOf } from "../domain/roster.ts";
import { resolveAlert } from "../events/raise-alert.ts";
import { findAlert, listAlerts } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "./deps.ts";

// A teacher's struggle alerts: only their own classes' students (asked of the auth service), stored or live.

// a student who joined after the stream opened is picked up on their first alert
const ROSTER_REFRESH_MS = 2_000;

export function createAlerts(deps: ProgressDeps) {
  /** the caller's students, from the auth service; a teacher sees only their own classes */
  const myStudents = async (token?: string) => studentIdsOf(await deps.roster.classesOfCaller(token));

  return {
    list: async (status?: "open" | "resolved") => listAlerts(deps.db, [...(await myStudents())], status),

    /** Closes the alert with its struggle.resolved event; another teacher's alert is not found. */
    async resolve(alertId: string, by: string) {
      const found = await findAlert(deps.db, alertId);
      if (!found || !(await myStudents()).has(found.studentId)) throw new NotFoundError("Alert");
      const input = { alertId: found.id, studentId: found.studentId, by, at: deps.now().toISOString() };
      await deps.events.transaction((tx) => resolveAlert(tx, deps.events, input));
      return await findAlert(deps.db, found.id);
    },

    /**
     * Live, in two steps: the teacher's roster is fetched first (a failure is the request's error), then the
     * returned subscribe passes `send` each struggle.alerts event about one of their students, until the
     * function it returns is called. Events arrive outside the request's context, so the teacher's token is
     * kept for the roster refreshes.
     */
    async watch(token: string): Promise<(send: (event: CloudEvent) => void) => () => void> {
      let students = await myStudents(token);
      let fetchedAt = Date.now();
      const allowed = async (studentId: string) => {
        // a student may have joined since we last asked: refresh, at most every 2 s
        if (!students.has(studentId) && Date.now() - fetchedAt > ROSTER_REFRESH_MS) {
          // the auth service did not answer: keep the students we know (their alerts still matter)
          students = await myStudents(token).catch((err: unknown) => {
            const why = err instanceof Error ? err.message : String(err);
            deps.warn?.(`roster refresh failed, keeping the last one: ${why}`);
            return students;
          });
          fetchedAt = Date.now();
        }
        return students.has(studentId);
      };
      return (send) =>
        deps.feed.subscribe(
          (e) =>
            void allowed(e.subject).then((ok) => {
              if (ok) send(e);
            }),
        );
    },
  };
}

export type Alerts = ReturnType<typeof createAlerts>;
