import type { NextConfig } from "next";

const config: NextConfig = {
  // the browser only ever talks to the gateway's origin; no telemetry, no remote assets
  poweredByHeader: false,
  // gzip would buffer server-sent events (tutor chat, live alerts) until the stream ends
  compress: false,
  reactStrictMode: true,
};

export default config;
