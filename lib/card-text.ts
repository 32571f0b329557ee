// A preview card draws its title with the fonts the repository ships (Lato,
// Noto Sans: Latin). Given a character they lack, the card renderer asks a
// third-party host for an emoji picture or a font during the build, which
// fails where there is no network. Such characters are left out of the card;
// the page itself shows the whole title.
const DRAWABLE = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const PICTURE = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]/u;

/** `title` with only the characters the card's fonts can draw, spaces tidied. */
export function drawableText(title: string): string {
  return [...title]
    .filter((char) => DRAWABLE.test(char) && !PICTURE.test(char))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
