import type { NextConfig } from "next";

const config: NextConfig = {
  // the browser only ever talks to the gateway's origin; no telemetry, no remote assets
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
