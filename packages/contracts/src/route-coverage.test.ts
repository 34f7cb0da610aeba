import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { backendServices } from "./catalog.ts";
import { UNTESTED_ROUTES } from "./route-coverage-gaps.ts";

// Every route a service registers is called by name in some test: a route no test names is a route whose
// behaviour nobody checks. A route counts as named when a test file (or the end-to-end suite's helpers
// under e2e/) contains its path, each `:param` written as any one segment or a `${…}` placeholder. The
// routes still without a test are listed, with a reason, in route-coverage-gaps.ts, so the gap is visible
// and shrinks: the list fails the test as soon as one of them gains a test, or names a route that is gone.

const root = join(import.meta.dirname, "../../..");
const SKIP = new Set(["node_modules", ".next", ".git", ".cache", "dist", "coverage", "data", ".scratch"]);

function walk(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** `METHOD path` for each route the services register (`app.get("/api/…", …)` in their source). */
function registeredRoutes(): { route: string; file: string }[] {
  const found: { route: string; file: string }[] = [];
  for (const file of walk(join(root, "services"), (p) => p.endsWith(".ts") && !p.endsWith(".test.ts"))) {
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/\bapp\.(get|post|put|patch|delete)(?:<[^>]*>)?\(\s*"(\/api\/[^"]+)"/g))
      found.push({ route: `${m[1]!.toUpperCase()} ${m[2]}`, file: relative(root, file) });
  }
  return found;
}

const testFiles = walk(
  root,
  (p) => p.endsWith(".test.ts") || (relative(root, p).startsWith("e2e/") && p.endsWith(".ts")),
)
  .filter((p) => !p.endsWith("route-coverage.test.ts"))
  .map((p) => ({ path: relative(root, p), text: readFileSync(p, "utf8") }));
const allTests = testFiles.map((f) => f.text).join("\n");

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The path as a test would write it: a literal, with any segment or `${expression}` for each parameter. */
function pathPattern(path: string, anchored = false): RegExp {
  const body = path
    .split("/")
    .map((seg) => (seg.startsWith(":") ? "(?:\\$\\{[^}]+\\}|[^/\"'`\\s?$\\{\\}]+)" : escapeRegex(seg)))
    .join("/");
  // the path ends where the string, the query or the segment ends; a path without its service prefix
  // (a service's own tests often call `call("/interactive")`) must start the string or follow `${base}`
  return new RegExp(`${anchored ? "[\"'`}]" : ""}${body}(?=["'\`?#\\s]|$)`, "m");
}

/** Named in any test with its full path, or in the service's own tests with the path under its prefix. */
function named(path: string): boolean {
  if (pathPattern(path).test(allTests)) return true;
  const service = backendServices.find((s) => path.startsWith(`${s.prefix}/`));
  if (!service) return false;
  const own = pathPattern(path.slice(service.prefix.length), true);
  return testFiles.some((f) => f.path.startsWith(`services/${service.name}/`) && own.test(f.text));
}

describe("every route is called by name in a test", () => {
  const routes = registeredRoutes();

  it("finds the services' routes", () => {
    expect(routes.length).toBeGreaterThan(50);
  });

  it("each registered route's path appears in a test, or is listed as a known gap", () => {
    const missing = [...new Set(routes.map((r) => r.route))]
      .filter((route) => !named(route.split(" ")[1]!))
      .filter((route) => !(route in UNTESTED_ROUTES));
    expect(
      missing,
      "routes no test calls by path: add a test (or, for now, a reason in route-coverage-gaps.ts)",
    ).toEqual([]);
  });

  it("the list of gaps holds only routes that exist and still have no test", () => {
    const registered = new Set(routes.map((r) => r.route));
    const stale = Object.keys(UNTESTED_ROUTES).filter((route) => !registered.has(route) || named(route.split(" ")[1]!));
    expect(stale, "remove these from route-coverage-gaps.ts").toEqual([]);
  });

  it("each route the catalog gives a policy of its own is registered by its service", () => {
    const paths = routes.map((r) => r.route.split(" ")[1]!);
    const unregistered = backendServices.flatMap((s) =>
      s.routes
        .filter((p) => p.path !== "")
        .map((p) => `${s.prefix}${p.path}`)
        .filter((full) => !paths.some((path) => path === full || path.startsWith(`${full}/`))),
    );
    expect(unregistered).toEqual([]);
  });

  it("matches paths with parameters as tests write them", () => {
    // a template placeholder as a test file contains it: "$" "{" expression "}"
    const ph = (expression: string) => ["$", "{", expression, "}"].join("");
    const p = pathPattern("/api/exercise/quizzes/:quizId/attempts");
    expect(p.test('url: "/api/exercise/quizzes/basics-quiz/attempts"')).toBe(true);
    expect(p.test(`\`${ph("base")}/api/exercise/quizzes/${ph("quiz.id")}/attempts\``)).toBe(true);
    expect(p.test('"/api/exercise/quizzes/basics-quiz/attempts/a1/submit"')).toBe(false);
    expect(p.test('"/api/exercise/quizzes/basics-quiz"')).toBe(false);
    const own = pathPattern("/live/:runId/input", true);
    expect(own.test(`call(\`/live/${ph("runId")}/input\`, "student-ada")`)).toBe(true);
    expect(own.test('"/api/other/live/x/input"')).toBe(false);
  });
});
