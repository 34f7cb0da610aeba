import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDaprCluster, type DaprCluster } from "./dapr.ts";
import { freePort } from "./postgres.ts";

// The harness picks free ports and lets them go before daprd binds them, so another process can
// take one in between (seen in a full `make test`). Here a port is held on purpose.

let held: Server;
let heldPort: number;
let cluster: DaprCluster;
let handedOut = 0;

beforeAll(async () => {
  held = createServer();
  await new Promise<void>((resolve) => held.listen(0, "127.0.0.1", resolve));
  heldPort = (held.address() as { port: number }).port;
  cluster = await createDaprCluster({
    resources: {},
    // the first port handed out is already taken, as when another process wins the race
    ports: async () => (handedOut++ === 0 ? heldPort : freePort()),
  });
});

afterAll(async () => {
  await cluster?.stop();
  held?.close();
});

describe("a Dapr sidecar whose port is taken", () => {
  it("starts again on fresh ports", async () => {
    const sidecar = await cluster.start({ appId: "port-race", appPort: await freePort() });
    expect(sidecar.httpPort).not.toBe(heldPort);
    expect(handedOut).toBe(8); // two launches of four ports each
    const health = await fetch(`http://127.0.0.1:${sidecar.httpPort}/v1.0/healthz/outbound`);
    expect(health.status).toBe(204);
  }, 60_000);

  it("gives up with daprd's reason when the port the app was told is taken", async () => {
    const start = cluster.start({ appId: "told-port", appPort: await freePort(), httpPort: heldPort });
    await expect(start).rejects.toThrow(/daprd told-port exited:[\s\S]*could not listen/);
  }, 60_000);
});
