/** The WCAG 2.1 AA rules axe checks on every page (a Government of Canada site must meet them). */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
