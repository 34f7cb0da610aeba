// When the database cannot serve a query (down, restarting, out of connections, or every pooled
// connection busy for longer than the pool waits), the request gets a 503 with Retry-After, not a
// 500: nothing is wrong with the request, and a client (or the student) should simply try again.
// The operator still sees the driver's error in the log.

// PostgreSQL's SQLSTATE classes and codes for "the server cannot take this now"
const UNAVAILABLE_CODES = new Set(["53300", "57P01", "57P02", "57P03"]);
const UNAVAILABLE_CLASSES = ["08", "53"]; // connection exception, insufficient resources
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);
// node-postgres says these in words only (pg-pool's wait for a connection, a dropped connection)
const MESSAGES = [/timeout exceeded when trying to connect/i, /^Connection terminated/i];

function unavailable(err: Error & { code?: unknown }): boolean {
  const code = typeof err.code === "string" ? err.code : "";
  if (UNAVAILABLE_CODES.has(code) || SOCKET_CODES.has(code)) return true;
  if (/^[0-9A-Z]{5}$/.test(code) && UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return true;
  return MESSAGES.some((m) => m.test(err.message));
}

/** True when `err`, or an error it wraps (drizzle wraps the driver's in `cause`), says the database is unavailable. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) if (unavailable(e)) return true;
  return false;
}
