"use client";
import { useEffect, useRef, useState } from "react";
import { type ApiInput, splitRoute } from "@/lib/api-routes";
import { bffRequest, type ClientApiError } from "@/lib/client-api";

// Autosave: what the editor holds is saved on the server (progress service, one draft per student
// and page) a moment after the student stops typing, so it comes back after a reload, Back, or on
// another device. Leaving with changes not yet saved asks first (reload, closing the tab) or saves
// on the way out (links inside the app).

export type DraftStatus = "unchanged" | "pending" | "saving" | "saved" | "failed" | "too-long";

const WAIT_MS = 800;
const SAVE = "PUT /api/progress/me/drafts/:kind/:id";
type DraftParams = ApiInput<typeof SAVE>["params"];
/** a page's draft key: "exercise/<id>" or "concept/<id>" */
export type DraftKey = `${DraftParams["kind"]}/${string}`;

/** "exercise/<id>" → the draft routes' path parameters */
function paramsOf(key: DraftKey): DraftParams {
  const cut = key.indexOf("/");
  // the key's type says the part before the first "/" is a kind
  return { kind: key.slice(0, cut) as DraftParams["kind"], id: key.slice(cut + 1) };
}

export function useDraft(draftKey: DraftKey | undefined, code: string) {
  const [status, setStatus] = useState<DraftStatus>("unchanged");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const saved = useRef(code); // what the server holds
  const latest = useRef(code);
  latest.current = code;
  // the keepalive save's address (fetch by hand: bffRequest cannot outlive the page)
  const url = draftKey ? `/bff/${splitRoute(SAVE, { params: paramsOf(draftKey) })[1].replace(/^\/api\//, "")}` : null;

  async function save(text: string) {
    if (!draftKey) return;
    setStatus("saving");
    try {
      const r = await bffRequest(SAVE, { params: paramsOf(draftKey), body: { code: text } });
      saved.current = text;
      setSavedAt(r.updatedAt);
      setStatus(latest.current === text ? "saved" : "pending");
    } catch (err) {
      setStatus(
        (err as ClientApiError).status === 413 || (err as ClientApiError).status === 400 ? "too-long" : "failed",
      );
    }
  }

  // save a moment after the last keystroke; a failed save is tried again on the next change or in 5 s
  // biome-ignore lint/correctness/useExhaustiveDependencies: save is a new closure each render
  useEffect(() => {
    if (!draftKey || code === saved.current) return;
    setStatus("pending");
    const timer = setTimeout(() => void save(code), WAIT_MS);
    return () => clearTimeout(timer);
  }, [code, draftKey]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: save is a new closure each render
  useEffect(() => {
    if (status !== "failed") return;
    const timer = setTimeout(() => void save(latest.current), 5000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (!url) return;
    const unsaved = () => latest.current !== saved.current;
    // the request outlives the page (keepalive), so even a quick reload keeps the last keystrokes
    const flush = () => {
      if (!unsaved()) return;
      const body: ApiInput<typeof SAVE>["body"] = { code: latest.current };
      void fetch(url, {
        method: "PUT",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }).catch(() => undefined);
    };
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      flush();
      e.preventDefault();
      e.returnValue = "";
    };
    const onLinkClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || !unsaved()) return;
      flush();
    };
    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("pagehide", flush);
    document.addEventListener("click", onLinkClick, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("click", onLinkClick, true);
    };
  }, [url]);

  return {
    status,
    savedAt,
    /** forget the draft on the server (the student starts over) */
    async discard() {
      if (!draftKey) return;
      await bffRequest("DELETE /api/progress/me/drafts/:kind/:id", { params: paramsOf(draftKey) }).catch(
        () => undefined,
      );
      setStatus("unchanged");
      setSavedAt(null);
    },
    /** the code the server now holds, after starting over */
    markSaved(text: string) {
      saved.current = text;
    },
  };
}
