// Headless Chromium through playwright-core, with the flags this workplace's closed network needs.
import { chromium } from "playwright-core";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Launches a fresh headless Chromium, with any extra command-line flags. */
export function launch(extraArgs = []) {
  const executablePath = candidates.find((path) => path && existsSync(path));
  if (!executablePath) {
    throw new Error("No Chromium found. Install it (./dev test does) or set CHROMIUM to its path.");
  }
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...extraArgs,
    ],
  });
}
