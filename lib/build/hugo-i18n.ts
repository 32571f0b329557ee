// A Hugo site's translation strings (`i18n/en.yaml`, or TOML or JSON), as Hugo 0.111 read them
// with go-i18n v2: `key: text`, `key: {other: text}`, the older list form
// (`- id: key` with `translation: text`) that go-i18n still read, and groups of
// keys whose strings are named by their path (`footer: {terms: text}` is
// `footer.terms`). Where one language lacks a key, a template showed the
// default language's string.
import { routing, type Locale } from "@/i18n/routing";
import type { FindingList } from "./findings";
import { isRecord } from "./frontmatter";
import { fileInAnyFormat, readSiteFile } from "./hugo-config";

/** The keys go-i18n reserved for a message's own fields: a group holding one as text is a message, not more keys. */
const MESSAGE_FIELDS = [
  "id",
  "description",
  "hash",
  "leftdelim",
  "rightdelim",
  "zero",
  "one",
  "two",
  "few",
  "many",
  "other",
  "translation",
];

function isMessage(value: unknown): boolean {
  return (
    typeof value === "string" || (isRecord(value) && MESSAGE_FIELDS.some((field) => typeof value[field] === "string"))
  );
}

/** The text `i18n "key"` shows of one message: Hugo asks for no count, so the `other` form. */
function messageText(message: unknown): string | undefined {
  if (typeof message === "string") return message;
  if (!isRecord(message)) return undefined;
  const fields = new Map(Object.entries(message).map(([field, value]) => [field.toLowerCase(), value]));
  const translation = fields.get("translation");
  if (typeof translation === "string") return translation;
  const other = fields.get("other") ?? (isRecord(translation) ? translation.other : undefined);
  return typeof other === "string" ? other : undefined;
}

/** Every message of a translations file by its key, the last written winning as it did for go-i18n. */
function messagesOf(written: unknown, prefix = ""): Map<string, string> {
  const messages = new Map<string, string>();
  const add = (key: string, value: unknown) => {
    if (isMessage(value)) {
      const text = messageText(value);
      if (text !== undefined) messages.set(key, text);
    } else {
      for (const [inner, text] of messagesOf(value, `${key}.`)) messages.set(inner, text);
    }
  };
  if (Array.isArray(written)) {
    for (const entry of written) {
      const id = isRecord(entry) ? entry.id : undefined;
      if (typeof id === "string") add(prefix + id, entry);
    }
  } else if (isRecord(written)) {
    for (const [key, value] of Object.entries(written)) add(prefix + key, value);
  }
  return messages;
}

function translationsOf(siteRoot: string, locale: Locale, findings: FindingList): Map<string, string> {
  const relative = fileInAnyFormat(siteRoot, `i18n/${locale}`);
  return relative ? messagesOf(readSiteFile(siteRoot, relative, findings)) : new Map();
}

/** One string of the site's translations in `locale`, as its file has it; undefined where it has none. */
export function translatedString(
  siteRoot: string,
  locale: Locale,
  key: string,
  findings: FindingList,
): string | undefined {
  return translationsOf(siteRoot, locale, findings).get(key);
}

/**
 * What a template's `i18n "key"` showed, for one build: the string in the page's language, or else in the default
 * language (English in every tree of the department, and Hugo's own default); empty where neither has it. Each
 * language's file is read once.
 */
export function i18nReader(siteRoot: string, findings: FindingList): (locale: Locale, key: string) => string {
  const read = new Map<Locale, Map<string, string>>();
  const messagesIn = (locale: Locale) => {
    const known = read.get(locale) ?? translationsOf(siteRoot, locale, findings);
    read.set(locale, known);
    return known;
  };
  return (locale, key) => messagesIn(locale).get(key) ?? messagesIn(routing.defaultLocale).get(key) ?? "";
}
