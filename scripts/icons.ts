// Writes the site's icons (app/icon.svg, app/apple-icon.png, app/favicon.ico)
// from the flag of the official Canada wordmark in @gcds-core/components, in
// the signature's FIP red from @gcds-core/tokens: no GC Design System package
// ships a favicon, so the icon is cut from the wordmark rather than drawn.
// Run after upgrading those packages: npx tsx scripts/icons.ts
import fs from "node:fs";
import sharp from "sharp";

const WORDMARK = "node_modules/@gcds-core/components/dist/collection/components/gcds-signature/assets/wmms-spl-en.svg";
const TOKENS = "node_modules/@gcds-core/tokens/build/web/css/tokens.css";

const flag = /<path class="fip_flag" d="([^"]+)"/.exec(fs.readFileSync(WORDMARK, "utf8"))?.[1];
const red = /--gcds-signature-color-flag:\s*(#[0-9a-f]{6})/i.exec(fs.readFileSync(TOKENS, "utf8"))?.[1];
if (!flag || !red) throw new Error(`no flag path in ${WORDMARK} or no flag colour in ${TOKENS}: look where they moved`);

// The flag spans x 122.2–143.1, y 1.2–11.6 of the wordmark; a square around it, on white.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="121.2 -5.7 23 23"><rect x="121.2" y="-5.7" width="23" height="23" fill="#fff"/><path fill="${red}" d="${flag}"/></svg>\n`;
fs.writeFileSync("app/icon.svg", svg);
await sharp(Buffer.from(svg), { density: 600 }).resize(180, 180).png().toFile("app/apple-icon.png");

// An .ico holding one 32×32 PNG, which every browser reads.
const png = await sharp(Buffer.from(svg), { density: 300 }).resize(32, 32).png().toBuffer();
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18);
fs.writeFileSync("app/favicon.ico", Buffer.concat([header, png]));
console.log("wrote app/icon.svg, app/apple-icon.png, app/favicon.ico");
