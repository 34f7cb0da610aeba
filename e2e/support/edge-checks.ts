import { expect } from "vitest";
import { rawRequest } from "@emberlearn/platform/testing/raw-http";
import { Api } from "./client.ts";

// Issue 13's bypasses against the whole platform as `make start` runs it: through the gateway (port
// 8000), on a service's own port, through the web app's BFF, and at the metrics ports.

export async function checkTheEdge(base: string) {
  const anonymous = new Api(base);
  const email = `edge-${Date.now()}@example.org`;
  const session = await anonymous.post("/api/auth/sign-up", { email, password: "correct-horse-42", name: "Edge" });
  const student = new Api(base, session.accessToken);
  const bearer = { authorization: `Bearer ${session.accessToken}`, "content-type": "application/json" };

  // the grader, spelled differently at the gateway and plainly on the sandbox's own port
  for (const target of ["/api/sandbox/%74est", "/api/sandbox/./test", "/api/sandbox//test"])
    expect((await rawRequest(8000, { method: "POST", target, headers: bearer, body: "{}" })).status, target).toBe(400);
  const direct = await fetch("http://127.0.0.1:8007/api/sandbox/test", {
    method: "POST",
    headers: bearer,
    body: JSON.stringify({ code: "x = 1", tests: "import unittest" }),
  });
  expect(direct.status).toBe(403);
  expect(direct.headers.get("content-type")).toContain("application/problem+json");

  // NUL in every kind of saved text: a 400 naming the field, never a 500
  const nul = "a\u0000b";
  const refused = async (path: string, body: unknown, field: string, api = student) => {
    const res = await fetch(base + path, {
      method: "POST",
      headers: { "content-type": "application/json", ...(api.token ? { authorization: `Bearer ${api.token}` } : {}) },
      body: JSON.stringify(body),
    });
    expect(res.status, path).toBe(400);
    expect((await res.json()).errors[0].field, path).toBe(field);
  };
  await refused(
    "/api/auth/sign-up",
    { email: `n${email}`, password: "correct-horse-42", name: nul },
    "body.name",
    anonymous,
  );
  await refused("/api/exercise/exercises/rectangle-area/submissions", { code: nul }, "body.code");
  const quiz = (await student.get("/api/exercise/quizzes")).quizzes[0];
  const attempt = await student.post(`/api/exercise/quizzes/${quiz.id}/attempts`, {});
  const questionId = attempt.questions[0].id;
  await refused(
    `/api/exercise/quizzes/${quiz.id}/attempts/${attempt.id}/submit`,
    { answers: { [questionId]: nul } },
    `body.answers.${questionId}`,
  );
  await refused("/api/auth/classes/join", { code: "DEMO\u00002026" }, "body.code");
  await refused("/api/triage/chat", { message: `help ${nul}` }, "body.message");
  // an empty curriculum id is refused up front: the event it would ride on requires one, and a
  // tutor turn that failed after answering would lose the student's question
  await refused("/api/triage/chat", { message: "help", moduleId: "" }, "body.moduleId");
  await refused("/api/sandbox/run", { code: "print(1)", exerciseId: "" }, "body.exerciseId");

  // metrics: at the scraper's port, never through the gateway however it is spelled
  const scraped = await fetch("http://127.0.0.1:9007/metrics");
  expect(await scraped.text()).toContain("http_requests_total");
  for (const target of ["/metrics", "/api/sandbox/metrics", "/api/sandbox/%6detrics", "/api/exercise/./metrics"]) {
    const res = await rawRequest(8000, { target });
    expect(res.body, target).not.toContain("http_requests_total");
    expect(res.status, target).toBeGreaterThanOrEqual(400);
  }

  // the web app's own refusals are problem+json: a cross-site BFF call, a server action from elsewhere
  const crossSite = await fetch(`${base}/bff/sandbox/run`, {
    method: "POST",
    headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" },
    body: "{}",
  });
  expect(crossSite.status).toBe(403);
  expect(crossSite.headers.get("content-type")).toContain("application/problem+json");
  const foreign = await fetch(`${base}/sign-in`, {
    method: "POST",
    headers: { "next-action": "0123456789abcdef", origin: "https://evil.example", "content-type": "text/plain" },
    body: "[]",
  });
  expect(foreign.status).toBe(403);
  expect(foreign.headers.get("content-type")).toContain("application/problem+json");
  // fetch() itself would resolve the dots; sent as written, the path is refused before the BFF forwards it
  expect((await rawRequest(8000, { target: "/bff/sandbox/%2E%2E/auth/me" })).status).toBe(400);
}
