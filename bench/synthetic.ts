// A synthetic archive shaped like the CDS blog, for tests and benchmarks at
// sizes the real trees do not reach: bilingual pairs with titles, descriptions,
// tags, authors and bodies of realistic length, the same for the same seed.
import type { Locale } from "@/i18n/routing";
import type { Post, Rendered } from "@/lib/content/model";

const WORDS: Record<Locale, string[]> = {
  en: "service digital government team form accessibility data design research users product delivery program department citizens experience application platform security email notification benefit tax passport immigration health veterans pension student loan grant business license permit weather parks science innovation cloud open source code agile prototype test feedback interview survey plain language content strategy community partnership province municipal federal modern legacy system migration identity sign login account payment portal mobile website search translation bilingual official languages hiring talent learning policy guidance standard pattern component library front end back end api analytics privacy trust transparency outcome measure budget procurement vendor contract".split(
    " ",
  ),
  fr: "service numérique gouvernement équipe formulaire accessibilité données conception recherche utilisateurs produit prestation programme ministère citoyens expérience application plateforme sécurité courriel notification prestation impôt passeport immigration santé anciens combattants pension étudiant prêt subvention entreprise permis météo parcs science innovation infonuagique code ouvert agile prototype essai rétroaction entrevue sondage langage clair contenu stratégie communauté partenariat province municipalité fédéral moderne système migration identité connexion compte paiement portail mobile site recherche traduction bilingue langues officielles embauche talents apprentissage politique orientation norme modèle composant bibliothèque analytique confidentialité confiance transparence résultat mesure budget approvisionnement fournisseur contrat".split(
    " ",
  ),
};
const AUTHORS = ["Alex Martin", "Sam Tremblay", "Jordan Roy", "Taylor Gagnon", "Morgan Côté", "Casey Bouchard"];

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge go la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo".split(
    " ",
  );
const VOCABULARY_SIZE = 6000;
const STOP_WORDS: Record<Locale, string[]> = {
  en: "the of and to in is for that with on we our".split(" "),
  fr: "le la les de des et en du pour que nous une".split(" "),
};

/**
 * A language's vocabulary, most common first: its stop words, the real words
 * above, then made-up words, drawn with Zipf's law as words in real text are.
 */
function vocabulary(locale: Locale, random: () => number): () => string {
  const words = [...STOP_WORDS[locale], ...WORDS[locale]];
  while (words.length < VOCABULARY_SIZE) {
    const length = 2 + Math.floor(random() * 3);
    words.push(Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(""));
  }
  const weights = words.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, weight) => (cumulative.push((sum + weight) / total), sum + weight), 0);
  return () => {
    const target = random();
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return words[low];
  };
}

/** `count` posts, half in each language, paired; titles unique within a language. */
export function syntheticPosts(count: number, seed = 2026): Array<Rendered<Post>> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const word = { en: vocabulary("en", random), fr: vocabulary("fr", random) };
  const sentence = (locale: Locale, length: number) => Array.from({ length }, () => word[locale]()).join(" ");
  const titles = { en: new Set<string>(), fr: new Set<string>() };
  // Titles, like real ones, are made of words that say what the post is about.
  const contentWord = (locale: Locale): string => {
    const drawn = word[locale]();
    return STOP_WORDS[locale].includes(drawn) ? contentWord(locale) : drawn;
  };
  const uniqueTitle = (locale: Locale) => {
    for (;;) {
      const words = Array.from({ length: 3 + Math.floor(random() * 5) }, () => contentWord(locale)).join(" ");
      const title = words[0].toUpperCase() + words.slice(1);
      if (!titles[locale].has(title)) {
        titles[locale].add(title);
        return title;
      }
    }
  };
  const posts: Array<Rendered<Post>> = [];
  for (let pair = 0; pair < count / 2; pair++) {
    const date = new Date(Date.UTC(2017, 0, 1) + pair * 6 * 3600_000);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()].map((n) =>
      String(n).padStart(2, "0"),
    );
    const make = (locale: Locale): Rendered<Post> => {
      const title = uniqueTitle(locale);
      const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${pair}`;
      const heading = sentence(locale, 4);
      const texts = Array.from({ length: 6 }, () => `${sentence(locale, 50)}.`);
      const paragraphs = texts.map((text) => `<p>${text}</p>`).join("");
      return {
        kind: "post",
        locale,
        slug,
        path: `/${locale}/${year}/${month}/${day}/${slug}/`,
        source: `_posts/${locale}/${year}-${month}-${day}-${slug}.md`,
        title,
        titleHtml: title,
        description: `${sentence(locale, 18)}.`,
        summary: `${sentence(locale, 18)}.`,
        bodyHtml: `<h2>${heading}</h2>${paragraphs}`,
        bodyText: [heading, ...texts].join(" "),
        date: { year, month, day, iso: date.toISOString(), instant: date.getTime() },
        author: pick(AUTHORS),
        modified: { iso: date.toISOString(), day: `${year}-${month}-${day}`, source: "published" },
        tags: [],
      };
    };
    const en = make("en");
    const fr = make("fr");
    posts.push({ ...en, translationPath: fr.path }, { ...fr, translationPath: en.path });
  }
  return posts.sort((a, b) => b.date.instant - a.date.instant);
}
