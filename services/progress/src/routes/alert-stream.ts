import type { CloudEvent } from "@emberlearn/contracts";
import { alertStream, sseFrame } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import { studentIdsOf } from "../domain/roster.ts";
import type { ProgressDeps } from "../app.ts";

const HEARTBEAT_MS = 15_000;
// a student who joined after the stream opened is picked up on their first alert
const ROSTER_REFRESH_MS = 2_000;

/** Live struggle alerts (SSE) for a teacher: only their own classes' students. */
export function alertStreamRoute(app: App, deps: ProgressDeps) {
  app.get(
    "/api/progress/alerts/stream",
    {
      config: { roles: ["teacher", "admin"] },
      schema: {
        tags: ["teacher"],
        summary: "Server-sent events: struggle.detected and struggle.resolved for my students",
      },
    },
    async (req, reply) => {
      // events arrive outside this request's context: keep the teacher's token for roster refreshes
      const token = userOf(req).token;
      let students = studentIdsOf(await deps.roster.classesOfCaller(token));
      let fetchedAt = Date.now();
      const allowed = async (studentId: string) => {
        // a student may have joined since we last asked: refresh, at most every 2 s
        if (!students.has(studentId) && Date.now() - fetchedAt > ROSTER_REFRESH_MS) {
          students = studentIdsOf(await deps.roster.classesOfCaller(token).catch(() => []));
          fetchedAt = Date.now();
        }
        return students.has(studentId);
      };

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
        "x-correlation-id": String(req.id),
      });
      res.write(`: connected\n\n`);
      const send = async (event: CloudEvent) => {
        if (!(await allowed(event.subject))) return;
        // the feed carries the struggle.alerts topic: its two events, each written as the stream's contract says
        if (event.type === "struggle.detected") {
          const { data } = event as CloudEvent<"struggle.detected">;
          res.write(sseFrame(alertStream, "struggle.detected", data, event.id));
        } else if (event.type === "struggle.resolved") {
          const { data } = event as CloudEvent<"struggle.resolved">;
          res.write(sseFrame(alertStream, "struggle.resolved", data, event.id));
        }
      };
      const unsubscribe = deps.feed.subscribe((e) => void send(e));
      const heartbeat = setInterval(() => res.write(`: heartbeat\n\n`), HEARTBEAT_MS);
      const close = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      req.raw.on("close", close);
      deps.onShutdown(() => {
        close();
        res.end();
      });
    },
  );
}
