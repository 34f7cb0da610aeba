import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createService, userOf, type App } from "./service.ts";
import { metricsOf } from "./metrics.ts";
import { captureLogger } from "../testing/log-capture.ts";
import { UnauthorizedError } from "../errors.ts";
import type { TokenVerifier } from "../auth/types.ts";

const verifyToken: TokenVerifier = async (token) => {
  if (token === "student-token") return { id: "s1", role: "student", token };
  if (token === "teacher-token") return { id: "t1", role: "teacher", token };
  throw new UnauthorizedError();
};

describe("service factory", () => {
  let app: App;
  let dbUp = true;
  const logs = captureLogger("demo");

  beforeAll(async () => {
    app = await createService({
      name: "demo",
      prefix: "/api/demo",
      logger: logs.logger,
      verifyToken,
      bodyLimit: 1024,
      readiness: {
        database: async () => {
          if (!dbUp) throw new Error("connection refused");
        },
      },
    });
    app.post(
      "/api/demo/echo",
      {
        schema: {
          body: z.object({ code: z.string().min(1), count: z.number().int() }),
          response: { 200: z.object({ code: z.string(), user: z.string() }) },
        },
      },
      async (req) => ({ code: req.body.code, user: userOf(req).id }),
    );
    app.get("/api/demo/teachers-only", { config: { roles: ["teacher"] } }, async () => ({ ok: true }));
    app.get("/api/demo/boom", { config: { public: true } }, async () => {
      throw new Error("secret internal detail");
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const auth = { authorization: "Bearer student-token" };

  it("answers health and readiness, and readiness reflects its dependencies", async () => {
    expect((await app.inject({ url: "/healthz" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/demo/healthz" })).json()).toEqual({ status: "ok" });
    expect((await app.inject({ url: "/api/demo/readyz" })).statusCode).toBe(200);
    dbUp = false;
    const down = await app.inject({ url: "/readyz" });
    dbUp = true;
    expect(down.statusCode).toBe(503);
    expect(down.json().checks.database).toMatchObject({ ok: false, error: "connection refused" });
  });

  it("serves its OpenAPI document with the route's schema", async () => {
    const doc = (await app.inject({ url: "/api/demo/docs/json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths["/api/demo/echo"].post.requestBody.content["application/json"].schema.required).toEqual([
      "code",
      "count",
    ]);
  });

  it("names the failing field in a problem+json body", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/demo/echo",
      headers: auth,
      payload: { code: "x", count: "5" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ status: 400, title: "Bad Request", errors: [{ field: "body.count" }] });
    const missing = await app.inject({ method: "POST", url: "/api/demo/echo", headers: auth, payload: { count: 1 } });
    expect(missing.json().errors[0]).toEqual({ field: "body.code", message: "is required" });
  });

  it("requires a token, enforces roles, and never leaks why a token failed", async () => {
    expect(
      (await app.inject({ method: "POST", url: "/api/demo/echo", payload: { code: "x", count: 1 } })).statusCode,
    ).toBe(401);
    const bad = await app.inject({ url: "/api/demo/teachers-only", headers: { authorization: "Bearer forged" } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().detail).toBe("Authentication required");
    expect((await app.inject({ url: "/api/demo/teachers-only", headers: auth })).statusCode).toBe(403);
    expect(
      (await app.inject({ url: "/api/demo/teachers-only", headers: { authorization: "Bearer teacher-token" } }))
        .statusCode,
    ).toBe(200);
  });

  it("rejects oversized bodies with 413 and hides internal errors", async () => {
    const big = await app.inject({
      method: "POST",
      url: "/api/demo/echo",
      headers: { ...auth, "content-type": "application/json" },
      payload: JSON.stringify({ code: "x".repeat(4000), count: 1 }),
    });
    expect(big.statusCode).toBe(413);
    const boom = await app.inject({ url: "/api/demo/boom" });
    expect(boom.statusCode).toBe(500);
    expect(boom.body).not.toContain("secret internal detail");
  });

  it("counts requests per route and status in Prometheus format", async () => {
    await app.inject({ method: "POST", url: "/api/demo/echo", headers: auth, payload: { code: "ok", count: 2 } });
    const text = await metricsOf(app)!.metrics();
    expect(text).toMatch(/http_requests_total\{[^}]*route="\/api\/demo\/echo"[^}]*status="200"[^}]*\} [1-9]/);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/api\/demo\/echo"/);
  });

  it("logs the caller's correlation id and the user id", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/demo/echo",
      headers: { ...auth, "x-correlation-id": "abc" },
      payload: { code: "ok", count: 2 },
    });
    expect(res.headers["x-correlation-id"]).toBe("abc");
    const line = logs.lines().find((l) => l.msg === "request" && l.correlationId === "abc");
    expect(line).toMatchObject({ service: "demo", correlationId: "abc", userId: "s1", status: 200 });
  });
});
