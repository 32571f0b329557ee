// Searches take turns with everything else the server does. Filling the
// search page is quick and never waits on I/O, so a search once read would run
// to its end before the server read the next request: searches read together
// would be worked on one after another while pages waited behind them, and
// admission (lib/search/admission.ts) would never see more than one at once to
// refuse. Instead each search waits for its turn: one search per turn of the
// event loop, the pages read in between answered first.
let lastTurn: Promise<void> = Promise.resolve();

/** Resolves when it is this search's turn: after the searches that asked before it, one event-loop turn each. */
export function searchTurn(): Promise<void> {
  const turn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  lastTurn = turn;
  return turn;
}
