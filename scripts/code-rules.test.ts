import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { backendServices } from "@emberlearn/contracts";

// The rules from docs/contributing.md that Biome cannot express. Biome checks the rest (biome.json):
// lint, formatting, `any` only with a reason, domain/ free of frameworks, files at most 300 lines.

const root = resolve(import.meta.dirname, "..");
// the files git sees (tracked, or new and not ignored): a developer's scratch files, build output
// and installed packages are not the project's code
const projectFiles = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\0")
  .filter((path) => path && existsSync(join(root, path)));

function walk(dir: string, keep: (path: string) => boolean): string[] {
  const prefix = dir === "." ? "" : `${dir}/`;
  return projectFiles.filter((path) => path.startsWith(prefix) && keep(path));
}

const services = readdirSync(join(root, "services"));
const isTest = (path: string) => /\.test\.tsx?$|\/test\/|\/testing\/|\/eval\//.test(path);

/** the import specifiers of a TypeScript file: static, re-exports and dynamic import("…") */
function importsOf(text: string): string[] {
  const found = text.matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']/g,
  );
  return [...found].map((m) => m[1] ?? m[2]);
}

describe("import rules", () => {
  it("finds the imports it checks (a guard for the scanner itself)", () => {
    const sample =
      'import { a } from "../../exercise/src/x.ts";\nexport { b } from "@emberlearn/auth";\nawait import("y");';
    expect(importsOf(sample)).toEqual(["../../exercise/src/x.ts", "@emberlearn/auth", "y"]);
  });

  it("no service imports another service's code (outside tests, evals and test harnesses)", () => {
    const problems: string[] = [];
    for (const service of services) {
      const files = walk(`services/${service}/src`, (p) => /\.tsx?$/.test(p) && !isTest(p));
      for (const file of files)
        for (const spec of importsOf(readFileSync(join(root, file), "utf8"))) {
          const other = spec.startsWith(".")
            ? /^services\/([^/]+)\//.exec(relative(root, resolve(root, dirname(file), spec)))?.[1]
            : /^@emberlearn\/([^/]+)/.exec(spec)?.[1];
          if (other && other !== service && services.includes(other))
            problems.push(`${file} imports "${spec}" (the ${other} service): call it over HTTP or an event`);
        }
    }
    expect(problems).toEqual([]);
  });
});

describe("the catalog says who publishes and consumes events", () => {
  // deploy/generate/dapr.ts scopes the Dapr pub/sub component from these flags: a service left out would
  // have no component in distributed mode, and its events would never leave its outbox
  const sources = (service: string) =>
    walk(`services/${service}/src`, (p) => /\.ts$/.test(p) && !isTest(p))
      .map((f) => readFileSync(join(root, f), "utf8"))
      .join("\n");

  it("marks every service whose code enqueues events as publishing, and every subscriber as consuming", () => {
    const wrong = backendServices.flatMap((s) => {
      const code = sources(s.name);
      const publishes = /\benqueueEvents\(|\bcreateEvent\(|\bcreateEmitter\(/.test(code);
      const consumes = /\bbus\.subscribe\(/.test(code);
      return [
        ...(publishes !== Boolean(s.publishes)
          ? [`${s.name}: publishes is ${Boolean(s.publishes)}, code says ${publishes}`]
          : []),
        ...(consumes !== Boolean(s.consumes)
          ? [`${s.name}: consumes is ${Boolean(s.consumes)}, code says ${consumes}`]
          : []),
      ];
    });
    expect(wrong).toEqual([]);
  });
});

describe("file size", () => {
  // Biome checks .ts/.tsx (noExcessiveLinesPerFile, 300); this covers the Python harness and shell scripts.
  const MAX_LINES = 300;

  it(`keeps Python and shell source files at ${MAX_LINES} lines or fewer`, () => {
    const files = walk(".", (p) => /\.(py|sh)$/.test(p) && !p.startsWith("content/") && !isTest(p));
    const over = files
      .map((file) => ({ file, lines: readFileSync(join(root, file), "utf8").trimEnd().split("\n").length }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });
});

describe("line width", () => {
  // Biome wraps code at 120 characters but cannot break a long string or comment, and nothing formats the
  // shell scripts: no source line outside content/ may be longer (curriculum text there is data, issue 14).
  const MAX_WIDTH = 120;

  it(`has no line over ${MAX_WIDTH} characters outside content/`, () => {
    const files = walk(".", (p) => /\.(ts|tsx|py|sh|css|mjs)$/.test(p) && !p.startsWith("content/"));
    const long = files.flatMap((file) =>
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .flatMap((line, i) =>
          [...line].length > MAX_WIDTH ? [`${file}:${i + 1}: ${[...line].length} characters`] : [],
        ),
    );
    expect(long).toEqual([]);
  });
});

describe("service shape (issue 14)", () => {
  // Route files parse, authorise, make one call into service/ and shape the reply: a repository import, a
  // transaction or an outbox write there is business logic in the wrong layer. Every service keeps its config
  // schema in config.ts.

  it("keeps repositories, transactions and event writes out of route files", () => {
    const problems: string[] = [];
    for (const service of services)
      for (const file of walk(`services/${service}/src/routes`, (p) => /\.tsx?$/.test(p) && !isTest(p))) {
        const text = readFileSync(join(root, file), "utf8");
        for (const spec of importsOf(text))
          if (/(^|\/)repository(\/|$)/.test(spec)) problems.push(`${file} imports "${spec}": call service/ instead`);
        if (/\.transaction\(|\benqueueEvents\(/.test(text))
          problems.push(`${file} opens a transaction or writes events: move it into service/ or events/`);
      }
    expect(problems).toEqual([]);
  });

  it("gives every service a src/config.ts", () => {
    expect(services.filter((s) => !existsSync(join(root, "services", s, "src", "config.ts")))).toEqual([]);
  });
});
