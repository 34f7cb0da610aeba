import type { CloudEvent } from "@emberlearn/contracts";
import { userOf, type App } from "@emberlearn/platform";
import { studentIdsOf } from "../domain/roster.ts";
import type { ProgressDeps } from "../app.ts";

const HEARTBEAT_MS = 15_000;
const ROSTER_REFRESH_MS = 30_000;

/** Live struggle alerts (SSE) for a teacher: only their own classes' students. */
export function alertStreamRoute(app: App, deps: ProgressDeps) {
  app.get("/api/progress/alerts/stream", { config: { roles: ["teacher", "admin"] }, schema: { tags: ["teacher"], summary: "Server-sent events: struggle.detected and struggle.resolved for my students" } }, async (req, reply) => {
    userOf(req);
    let students = studentIdsOf(await deps.roster.classesOfCaller());
    let fetchedAt = Date.now();
    const allowed = async (studentId: string) => {
      // a student may have joined since we last asked: refresh at most every 30 s
      if (!students.has(studentId) && Date.now() - fetchedAt > ROSTER_REFRESH_MS) {
        students = studentIdsOf(await deps.roster.classesOfCaller().catch(() => []));
        fetchedAt = Date.now();
      }
      return students.has(studentId);
    };

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no", "x-correlation-id": String(req.id) });
    res.write(`: connected\n\n`);
    const send = async (event: CloudEvent) => {
      if (!(await allowed(event.subject))) return;
      res.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
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
  });
}
