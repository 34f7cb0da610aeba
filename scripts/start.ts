// `make start`: the whole platform in embedded mode — every service in this one
// process on its own port, one database under ./data (PostgreSQL from npm, or PGlite:
// see embedded-database.ts), the in-process event bus, and the Next.js web app beside it
// behind the gateway.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { ConfigError, runServices, type RunningPlatform } from "@emberlearn/platform";
import { allModules } from "./modules.ts";
import { embeddedDatabase, type EmbeddedDatabase } from "./embedded-database.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const started = performance.now();

let platform: RunningPlatform;
let database: EmbeddedDatabase;
try {
  const env = { DATA_DIR: join(root, "data"), ...process.env };
  database = await embeddedDatabase(env);
  platform = await runServices(allModules, { env: { ...env, ...database.env } });
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

const web = startWeb();
const demo = await seedDemoAccounts();
const url = "http://localhost:8000";
await waitForWeb(url);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nEmberLearn is running at ${url}  (started in ${seconds}s, data in ./data)`);
console.log(`Database: ${database.description}\n`);
if (demo.length) {
  console.log("Demo accounts:");
  for (const a of demo)
    console.log(`  ${a.role.padEnd(8)} ${a.email.padEnd(28)} password: ${a.password}${a.note ? `  (${a.note})` : ""}`);
}
console.log("\nPress Ctrl-C to stop.");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log("\nStopping EmberLearn…");
    web.kill("SIGTERM");
    await platform.stop();
    await database.stop();
    console.log("Stopped. Your data is kept in ./data.");
    process.exit(0);
  });
}

function startWeb(): ChildProcess {
  const webDir = join(root, "apps/web");
  if (!existsSync(join(webDir, ".next/BUILD_ID")))
    throw new Error("The web app is not built: run `make start` (it builds it) or `npm run build -w @emberlearn/web`");
  // node + next's bin directly: one PID to stop (npx would leave a grandchild behind)
  // its own process group: a Ctrl-C in the terminal reaches only us, and we stop it in order
  const child = spawn(
    process.execPath,
    [join(root, "node_modules/next/dist/bin/next"), "start", "-p", "3000", "-H", "127.0.0.1"],
    {
      cwd: webDir,
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", EMBERLEARN_GATEWAY_URL: "http://127.0.0.1:8000" },
    },
  );
  process.on("exit", () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  });
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`The web app exited (${code}); stopping.`);
      void platform
        .stop()
        .then(() => database.stop())
        .then(() => process.exit(1));
    }
  });
  return child;
}

async function waitForWeb(base: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("The web app did not answer within 30 s");
}

interface DemoAccount {
  role: string;
  email: string;
  password: string;
  note?: string;
}

async function seedDemoAccounts(): Promise<DemoAccount[]> {
  return (await platform.handles.get("auth")?.seedDemo?.()) ?? [];
}
