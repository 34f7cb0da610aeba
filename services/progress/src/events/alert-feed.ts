import { EventEmitter } from "node:events";
import type { CloudEvent } from "@emberlearn/contracts";

// Fan-out of struggle alerts to the open SSE connections of this instance.
// Every instance subscribes to struggle.alerts with a group of its own, so each
// teacher's stream sees every alert whichever replica raised it.

export interface AlertFeed {
  publish(event: CloudEvent): void;
  subscribe(listener: (event: CloudEvent) => void): () => void;
}

export function createAlertFeed(): AlertFeed {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (event) => void emitter.emit("alert", event),
    subscribe(listener) {
      emitter.on("alert", listener);
      return () => emitter.off("alert", listener);
    },
  };
}
