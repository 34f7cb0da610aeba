import { pino, type Logger, type LoggerOptions, type DestinationStream } from "pino";
import { currentContext } from "./context.ts";

export type { Logger };

// JSON logs; every line carries the service name and, inside a request or an
// event handler, the correlation id and user id from the async context.
export function createLogger(service: string, level = "info", destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: "msg",
    mixin() {
      const ctx = currentContext();
      if (!ctx) return {};
      return ctx.userId
        ? { correlationId: ctx.correlationId, userId: ctx.userId }
        : { correlationId: ctx.correlationId };
    },
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token", "*.refreshToken"],
      remove: true,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
