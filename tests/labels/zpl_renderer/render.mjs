// Renders ZPL to PNG files with zpl-renderer-js (zebrash in WebAssembly): an independent check of the ZPL the
// station writes. Usage: node render.mjs FILE.zpl WIDTH_MM HEIGHT_MM DOTS_PER_MM OUT_DIR
// Writes OUT_DIR/label-00001.png, ... (one per ^XA...^XZ format) and prints how many it wrote.
import fs from "node:fs";
import path from "node:path";
import { ready } from "zpl-renderer-js";

const [file, widthMm, heightMm, dpmm, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node render.mjs FILE.zpl WIDTH_MM HEIGHT_MM DOTS_PER_MM OUT_DIR");
  process.exit(2);
}
const zpl = fs.readFileSync(file, "utf8");
const { api } = await ready;
const labels = await api.zplToBase64MultipleAsync(zpl, Number(widthMm), Number(heightMm), Number(dpmm));
fs.mkdirSync(outDir, { recursive: true });
labels.forEach((label, index) => {
  const name = `label-${String(index + 1).padStart(5, "0")}.png`;
  fs.writeFileSync(path.join(outDir, name), Buffer.from(label, "base64"));
});
console.log(labels.length);
process.exit(0);
