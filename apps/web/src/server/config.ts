import "server-only";

/** Where the web server reaches the API: the gateway (embedded) or Kong (Kubernetes). */
export const GATEWAY_URL = process.env.EMBERLEARN_GATEWAY_URL ?? "http://127.0.0.1:8000";

export const ACCESS_COOKIE = "el_at";
export const REFRESH_COOKIE = "el_rt";
