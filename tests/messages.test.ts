import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function values(messages: object): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === "object" && value !== null ? values(value) : [String(value)],
  );
}

describe("UI strings", () => {
  it("have the same keys in English and French", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it("use typographic apostrophes and quotes, never ' or \"", () => {
    // ICU placeholders ({page}) and plural syntax use no quotes, so any straight one is typography to fix.
    expect([...values(en), ...values(fr)].filter((value) => /['"]/.test(value))).toEqual([]);
  });

  it("are never left empty", () => {
    expect([...values(en), ...values(fr)].filter((value) => value.trim() === "")).toEqual([]);
  });
});
