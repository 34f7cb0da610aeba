import { Writable } from "node:stream";
import { createLogger, type Logger } from "../log.ts";

/** A real pino logger whose JSON lines are kept in memory, for tests that read logs. */
export function captureLogger(service: string): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(service, "info", stream);
  return {
    logger,
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}
