/** The longest query searched; a longer one is answered with a message, not a search. */
export const MAX_QUERY_LENGTH = 200;
export const RESULTS_PER_PAGE = 10;
