/*
 * npm run preview: the add-in without Excel. Serves dist/ as the dev server would, with the
 * pane's office.js answered by the stand-in (build/preview/office.js) instead of Microsoft's,
 * and a page that shows the pane beside the workbook it writes to.
 */
import { existsSync } from "fs";
import { readFile } from "fs/promises";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const PREVIEW = join(ROOT, "build", "preview");
/** The office.js address in the add-in's pages (the Office CDN). */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STAND_IN = "/preview/office.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface Preview {
  url: string;
  close: () => Promise<void>;
}

function safe(urlPath: string): string {
  return normalize(decodeURIComponent(urlPath.split("?")[0])).replace(/^(\.\.[/\\])+/, "");
}

/** Starts the preview on 127.0.0.1 (port 0: any free port). */
export async function startPreview(port = 0, host = "127.0.0.1"): Promise<Preview> {
  for (const [dir, what] of [
    [DIST, "dist/ (the add-in)"],
    [PREVIEW, "build/preview/ (the stand-in for office.js)"],
  ]) {
    if (!existsSync(dir)) throw new Error(`${what} is not built: run npm run build first.`);
  }
  const server: Server = createServer(async (req, res) => {
    const path = safe(req.url ?? "/");
    try {
      let body: Buffer | string;
      let file: string;
      if (path === "/" || path === "/index.html") {
        file = join(PREVIEW, "preview.html");
        body = await readFile(file);
      } else if (path.startsWith("/preview/")) {
        file = join(PREVIEW, path.slice("/preview/".length));
        body = await readFile(file);
      } else {
        file = join(DIST, path);
        body = await readFile(file);
        // the add-in's pages load the stand-in instead of Microsoft's office.js; nothing else changes
        if (extname(file) === ".html") body = body.toString("utf8").split(OFFICE_JS).join(STAND_IN);
      }
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, done);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3001);
  startPreview(port)
    .then((p) => {
      console.log(`Captrack preview: ${p.url}/`);
      console.log(
        "The task pane runs as in Excel against an in-memory workbook shown beside it. Ctrl+C stops it."
      );
    })
    .catch((e: Error) => {
      console.error(e.message);
      process.exitCode = 1;
    });
}
