// The content's pictures: where a post's `image` is, how large it is, and
// its cut for link previews. Each version of a file (path, size, time) is
// read once per process, whatever asks: a preview runs the content step on
// every save, and some pictures are 3 MB.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { Post } from "@/lib/content/model";
import { PREVIEW_IMAGE } from "@/lib/site";
import { OLD_SITE_ORIGIN, shareImagePath, sitePathFile } from "@/lib/urls";
import { contentHash } from "./render-cache";

const POST_IMAGE_DIR = "/assets/img/cds/post-images/";

type Size = { width?: number; height?: number };
type Known = { size?: Promise<Size>; key?: string; cut?: Promise<string> };

const known = new Map<string, Known>();

function versionOf(file: string): Known {
  const { size, mtimeMs } = fs.statSync(file);
  const version = `${file}\0${size}\0${mtimeMs}`;
  const found = known.get(version) ?? {};
  known.set(version, found);
  return found;
}

export function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The origin of an absolute http(s) URL; undefined for a site path or anything else. */
export function remoteOrigin(src: string): string | undefined {
  if (!/^https?:\/\//i.test(src)) return undefined;
  try {
    return new URL(src).origin;
  } catch {
    return undefined;
  }
}

/** Where a post's `image` or `thumb` as written is served: a remote URL as it is, else a site path. */
export function imageSrc(written: string): string {
  if (/^[a-z]+:\/\//i.test(written)) return written.replace(OLD_SITE_ORIGIN, "");
  return written.startsWith("/") ? written : POST_IMAGE_DIR + written;
}

/** A local picture's size, measured once per version of the file. */
export function imageSize(file: string): Promise<Size> {
  const version = versionOf(file);
  version.size ??= sharp(file).metadata();
  return version.size;
}

/** A picture file that is there but cannot be read as one: cut short, empty, or text named `.jpg`. */
export const DAMAGED = "damaged";

/**
 * A post's picture with its size, when `src` is a local file of the tree;
 * undefined when it is missing, DAMAGED when it cannot be read as a picture.
 */
export async function localImage(root: string, src: string, alt: string): Promise<Post["image"] | typeof DAMAGED> {
  const file = path.join(root, sitePathFile(src));
  if (!isFile(file)) return undefined;
  try {
    const { width, height } = await imageSize(file);
    if (!width || !height) return DAMAGED;
    return isCutShort(file) ? DAMAGED : { src, alt, width, height };
  } catch {
    return DAMAGED;
  }
}

/**
 * The header can be whole while the picture is cut short (an upload that
 * stopped). A JPEG ends with its end-of-image marker and a PNG with its IEND
 * chunk: reading the file's last bytes tells, without decoding the picture.
 */
function isCutShort(file: string): boolean {
  const descriptor = fs.openSync(file, "r");
  try {
    const { size } = fs.fstatSync(descriptor);
    const head = Buffer.alloc(4);
    const tail = Buffer.alloc(Math.min(size, 1024));
    fs.readSync(descriptor, head, 0, head.length, 0);
    fs.readSync(descriptor, tail, 0, tail.length, size - tail.length);
    if (head[0] === 0xff && head[1] === 0xd8) return !tail.includes(Buffer.from([0xff, 0xd9]));
    if (head.subarray(1, 4).toString("latin1") === "PNG") return !tail.includes(Buffer.from("IEND"));
    return false;
  } finally {
    fs.closeSync(descriptor);
  }
}

/** A hash of a file's bytes, read once per version: names its preview cut and its prepared pictures. */
export function contentKeyOf(file: string, version = versionOf(file)): string {
  version.key ??= contentHash(fs.readFileSync(file));
  return version.key;
}

/**
 * Link previews want PREVIEW_IMAGE's size. Each distinct picture is cut once,
 * named by its content, kept in `cacheDir` across builds and copied to
 * `publicDir`: a translation's post, a reused picture and a rebuild all share
 * the cut. Returns the path it is served at.
 */
export async function cutShareImage(source: string, cacheDir: string, publicDir: string): Promise<string> {
  const version = versionOf(source);
  const key = contentKeyOf(source, version);
  const kept = path.join(cacheDir, `${key}.jpg`);
  version.cut ??= fs.existsSync(kept) ? Promise.resolve(kept) : cut(source, kept);
  await version.cut;
  const served = shareImagePath(key);
  // Named by its content: a file already there is this very image.
  const target = path.join(publicDir, served);
  if (!fs.existsSync(target)) fs.copyFileSync(kept, target);
  return served;
}

async function cut(source: string, kept: string): Promise<string> {
  fs.mkdirSync(path.dirname(kept), { recursive: true });
  await sharp(source)
    .resize({ width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height, fit: "cover" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(`${kept}.tmp`);
  fs.renameSync(`${kept}.tmp`, kept);
  return kept;
}
