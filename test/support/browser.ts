import { createServer, Server } from "http";
import { readFile } from "fs/promises";
import { extname, join, normalize } from "path";
import { AddressInfo } from "net";
import { Browser, chromium, Frame, FrameLocator, Page } from "playwright-core";
import { Preview, startPreview } from "../../src/preview/server";

const root = join(__dirname, "..", "..");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves dist/ on 127.0.0.1 at a free port, as the dev server would. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = join(root, "dist");
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(
      /^(\.\.[/\\])+/,
      ""
    );
    try {
      const body = await readFile(join(dist, path));
      res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, with no network of its own. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Answers the page's office.js request from the @microsoft/office-js package, not the CDN. */
export async function routeOfficeJs(page: Page): Promise<void> {
  const dist = join(root, "node_modules", "@microsoft", "office-js", "dist");
  await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", async (route) => {
    const name = new URL(route.request().url()).pathname.split("/hosted/")[1];
    try {
      const body = await readFile(join(dist, name));
      await route.fulfill({ body, contentType: TYPES[extname(name)] ?? "text/javascript" });
    } catch {
      await route.fulfill({ status: 404, body: "" });
    }
  });
}

export interface PreviewPage {
  page: Page;
  /** the task pane's frame, as a locator and as a frame to evaluate in */
  pane: FrameLocator;
  frame: Frame;
  /** uncaught errors in the page */
  errors: string[];
}

/**
 * The preview host and a headless Chromium for the tests of one file (started before them,
 * closed after), and `open()`: a page of the preview, once the pane has loaded the dataset.
 */
export function previewSession(viewport = { width: 1400, height: 760 }): {
  open: () => Promise<PreviewPage>;
  browser: () => Browser;
} {
  let browser: Browser;
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });
  const open = async (): Promise<PreviewPage> => {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${preview.url}/`);
    const pane = page.frameLocator("#pane");
    await pane
      .getByRole("status")
      .filter({ hasText: /^Dataset / })
      .waitFor({ timeout: 20000 });
    const frame = page.frame({ url: /taskpane\.html/ })!;
    return { page, pane, frame, errors };
  };
  return { open, browser: () => browser };
}
