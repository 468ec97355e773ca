import { join } from "path";
import { Browser } from "playwright-core";
import { launchChromium, routeOfficeJs, serveDist } from "../support/browser";

/* The built task pane in a real browser, loading the real office.js (outside Office, onReady still fires). */
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the pane loads and shows the dataset version and line count", async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 420 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await routeOfficeJs(page);
  await page.goto(`${server.url}/taskpane.html`);
  const status = page.getByRole("status");
  await status.filter({ hasText: /^Dataset / }).waitFor({ timeout: 20000 });
  expect(await status.textContent()).toMatch(
    /^Dataset \d{4}-\d{2}-\d{2}\.[0-9a-f]{8}: \d+ lines, \d+ regional totals\.$/
  );
  expect(errors).toEqual([]);
  await page.screenshot({ path: join(__dirname, "..", "..", "docs", "taskpane.png") });
}, 60000);
