import { describe, expect, it } from "vitest";
import { drawableText } from "@/lib/card-text";

describe("a preview card's title, drawn with the fonts the repository ships", () => {
  it("leaves out emoji and flags, which the card renderer would fetch from another host", () => {
    expect(drawableText("CDS log driver 🇨🇦")).toBe("CDS log driver");
    expect(drawableText("Merci 👍🏽 à l’équipe ❤️")).toBe("Merci à l’équipe");
  });

  it("keeps every Latin letter, accent and punctuation mark", () => {
    expect(drawableText("Q&R avec l’équipe des « Formulaires » — partie 1")).toBe(
      "Q&R avec l’équipe des « Formulaires » — partie 1",
    );
  });

  it("leaves out a script the fonts lack", () => {
    expect(drawableText("Inuktitut ᐃᓄᒃᑎᑐᑦ")).toBe("Inuktitut");
  });
});
