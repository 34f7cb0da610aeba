import "server-only";
import { GATEWAY_URL } from "@/server/config";
import { accessToken } from "@/server/session";

/** Streams a CSV export from the API as a download, with the API's file name (the BFF does not pass it on). */
export async function download(path: string): Promise<Response> {
  const token = await accessToken();
  const res = await fetch(GATEWAY_URL + path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: "no-store",
  }).catch(() => undefined);
  if (!res) return new Response("EmberLearn's services are not reachable right now.", { status: 503 });
  const headers = new Headers({ "content-type": res.headers.get("content-type") ?? "text/plain" });
  const disposition = res.headers.get("content-disposition");
  if (res.ok && disposition) headers.set("content-disposition", disposition);
  return new Response(res.body, { status: res.status, headers });
}
