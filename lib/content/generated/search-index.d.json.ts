// search-index.json is written by `npm run content:build`; lib/search validates
// it against its schema, so nothing is assumed about it here.
declare const searchIndex: unknown;
export default searchIndex;
