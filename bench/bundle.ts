/* Sizes of the built add-in as a browser downloads it (gzip), when dist/ exists. */
import fs from "fs";
import path from "path";
import zlib from "zlib";

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const DIST = path.resolve(__dirname, "../dist");

export function bundleSizes(files = ["functions.js", "taskpane.js"]): BundleSize[] {
  return files
    .map((file) => path.join(DIST, file))
    .filter((file) => fs.existsSync(file))
    .map((file) => {
      const content = fs.readFileSync(file);
      const gzipBytes = zlib.gzipSync(content, { level: 9 }).length;
      return {
        file: path.relative(path.resolve(__dirname, ".."), file),
        bytes: content.length,
        gzipBytes,
      };
    });
}
