import type { FastifyReply } from "fastify";
import type { z } from "zod";
import { type EventStream, sseFrame } from "@emberlearn/contracts/http";

/** A server-sent-events writer over the raw response (the gateway passes it through unbuffered), typed by the
 * stream's contract (packages/contracts/src/http/streams.ts): only its events, each with its data's shape. */
export function openEventStream<S extends EventStream>(reply: FastifyReply, stream: S, correlationId: string) {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
    "x-correlation-id": correlationId,
  });
  return {
    send<K extends keyof S["events"] & string>(event: K, data: z.input<S["events"][K]>) {
      if (!res.writableEnded) res.write(sseFrame(stream, event, data));
    },
    end() {
      if (!res.writableEnded) res.end();
    },
  };
}
