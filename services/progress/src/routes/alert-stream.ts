import type { CloudEvent } from "@emberlearn/contracts";
import { alertStream, sseFrame } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { Alerts } from "../service/alerts.ts";

const HEARTBEAT_MS = 15_000;

/** Live struggle alerts (SSE) for a teacher: only their own classes' students (service/alerts.ts picks them). */
export function alertStreamRoute(app: App, alerts: Alerts, onShutdown: (fn: () => void) => void) {
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
      // the roster is fetched before the stream opens, so a failure is an ordinary error reply
      const subscribe = await alerts.watch(userOf(req).token);
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
      const unsubscribe = subscribe((event) => {
        // the feed carries the struggle.alerts topic: its two events, each written as the stream's contract says
        if (event.type === "struggle.detected") {
          const { data } = event as CloudEvent<"struggle.detected">;
          res.write(sseFrame(alertStream, "struggle.detected", data, event.id));
        } else if (event.type === "struggle.resolved") {
          const { data } = event as CloudEvent<"struggle.resolved">;
          res.write(sseFrame(alertStream, "struggle.resolved", data, event.id));
        }
      });
      const heartbeat = setInterval(() => res.write(`: heartbeat\n\n`), HEARTBEAT_MS);
      const close = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      req.raw.on("close", close);
      onShutdown(() => {
        close();
        res.end();
      });
    },
  );
}
