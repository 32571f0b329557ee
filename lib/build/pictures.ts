// The pictures pages show, prepared once at build time: each raster picture
// (and each SVG file that only wraps one, as the department's product
// screenshots do) is encoded in WebP and in its own format at the widths its
// layouts show it (lib/pictures.ts). Every version is named by the source's
// bytes and kept across builds, so a picture that did not change is never
// encoded again. The original file still answers at its own address.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { pictureSchema, type Picture } from "@/lib/content/model";
import { isVectorPicture, widthsFor, type PictureLayout } from "@/lib/pictures";
import { picturePath } from "@/lib/urls";
import { contentKeyOf } from "./images";
import { contentHash } from "./render-cache";

/** Changes when the encoding below does, so that no version made the old way is reused. */
const ENCODING = "webp-q72-jpeg-q78-png-palette-2";
/** GIFs may move, and the rest are not pictures sharp prepares: sent as they are. */
const RASTER = /\.(jpe?g|png|webp|avif|tiff?)$/i;
/** A raster picture inside an SVG file: Figma's export of a screenshot is `<image href="data:image/png;base64,…">`. */
const EMBEDDED_RASTER = /data:image\/(?:png|jpe?g|webp);base64,[A-Za-z0-9+/=\s]+/gi;
/** How much sharper than its SVG size a wrapped raster is drawn at most: a 2× screen. */
const WRAPPED_SCALE = 2;

export type PictureStats = { pictures: number; encoded: number; reused: number };
export type PreparedPicture = { picture: Picture } | { damaged: string };

export class PictureBuild {
  readonly stats: PictureStats = { pictures: 0, encoded: 0, reused: 0 };
  readonly served = new Set<string>();

  constructor(
    private readonly cacheDir: string,
    readonly publicDir: string,
  ) {
    fs.mkdirSync(cacheDir, { recursive: true });
  }

  /** Prepares the file at `file` for `layouts`; a file sharp cannot read is a reason in words, for a finding. */
  async prepare(file: string, layouts: ReadonlySet<PictureLayout>): Promise<PreparedPicture> {
    this.stats.pictures += 1;
    try {
      // The file's hash is read once per version of the file (lib/build/images.ts): a preview's rebuild on every save rereads nothing.
      const key = contentHash(contentKeyOf(file), ENCODING, [...layouts].sort().join());
      const recordFile = path.join(this.cacheDir, `${key}.json`);
      const kept = this.readRecord(recordFile);
      const picture = kept ?? (await this.encode(file, key, layouts));
      if (kept) this.stats.reused += kept.versions.length * 2;
      else fs.writeFileSync(recordFile, JSON.stringify(picture));
      for (const version of picture.versions)
        for (const served of [version.webp, version.fallback]) this.publish(served);
      return { picture };
    } catch (error) {
      return { damaged: error instanceof Error ? error.message : String(error) };
    }
  }

  private async encode(file: string, key: string, layouts: ReadonlySet<PictureLayout>): Promise<Picture> {
    const bytes = fs.readFileSync(file);
    const isSvg = isVectorPicture(file);
    const metadata = await sharp(bytes).metadata();
    // A picture turned a quarter by its EXIF orientation is shown with its sides swapped.
    const turned = (metadata.orientation ?? 1) >= 5;
    const width = (turned ? metadata.height : metadata.width) ?? 0;
    const height = (turned ? metadata.width : metadata.height) ?? 0;
    if (!width || !height) throw new Error("it has no width or height");
    const size = { width, height };
    const wrapped = isSvg && wrapsRaster(bytes.toString("latin1"));
    if (!wrapped && !RASTER.test(file)) return { ...size, versions: [] };

    // What the browser would draw (the SVG rendered at twice its size, or the raster turned upright),
    // decoded once at the largest width wanted; every version is cut from that.
    const largest = wrapped ? width * WRAPPED_SCALE : width;
    const widths = widthsFor(layouts, largest);
    const drawn = wrapped ? sharp(bytes, { density: 72 * WRAPPED_SCALE }) : sharp(bytes).rotate();
    const { data, info } = await drawn
      .resize({ width: widths.at(-1), withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const source = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
    const { isOpaque } = await source().stats();
    const fallback = metadata.format === "jpeg" || isOpaque ? "jpg" : "png";
    const versions: Picture["versions"] = [];
    for (const versionWidth of widths) {
      const resized = source().resize({ width: versionWidth, withoutEnlargement: true });
      const webp = picturePath(key, versionWidth, "webp");
      const own = picturePath(key, versionWidth, fallback);
      await resized.clone().webp({ quality: 72 }).toFile(this.cached(webp));
      // Only a browser without WebP takes this one: encoded fast rather than smallest.
      const ownFormat =
        fallback === "jpg"
          ? resized.clone().flatten({ background: "#ffffff" }).jpeg({ quality: 78 })
          : resized.clone().png({ palette: true, effort: 3 });
      await ownFormat.toFile(this.cached(own));
      this.stats.encoded += 2;
      versions.push({ width: versionWidth, webp, fallback: own });
    }
    return { ...size, versions };
  }

  /** What an earlier build made of these bytes, when every version it made is still kept. */
  private readRecord(file: string): Picture | undefined {
    if (!fs.existsSync(file)) return undefined;
    const record = pictureSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!record.success) return undefined;
    const files = record.data.versions.flatMap((version) => [version.webp, version.fallback]);
    return files.every((served) => fs.existsSync(this.cached(served))) ? record.data : undefined;
  }

  private cached(served: string): string {
    return path.join(this.cacheDir, path.basename(served));
  }

  /** Copies a version to public/: named by its source's bytes, a file already there is this very version. */
  private publish(served: string): void {
    this.served.add(path.basename(served));
    const target = path.join(this.publicDir, served);
    if (fs.existsSync(target)) return;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(this.cached(served), target);
  }
}

/** Whether an SVG file is mostly a raster picture: a few vector lines around a screenshot are drawn as the picture. */
function wrapsRaster(svg: string): boolean {
  const embedded = [...svg.matchAll(EMBEDDED_RASTER)].reduce((sum, [data]) => sum + data.length, 0);
  return embedded > svg.length / 2;
}
