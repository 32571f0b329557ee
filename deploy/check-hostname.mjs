// Preloaded into the server (`node --import`, see package.json "start").
// Bound to a loopback address written as an IP (HOSTNAME=127.0.0.1 or ::1),
// Next 16.4 takes proxy.ts's rewrites for another host and fetches them over
// the network (vercel/next.js#94745): every post rendered on its first request
// would answer 404. Stop at start, saying what to write instead.
const hostname = process.env.HOSTNAME ?? "";
if (/^(?:127\.\d+\.\d+\.\d+|::1|\[::1\])$/.test(hostname)) {
  console.error(
    `HOSTNAME=${hostname}: write HOSTNAME=localhost to listen on loopback only (Next proxies its own rewrites when bound to a loopback IP, vercel/next.js#94745)`,
  );
  process.exit(1);
}
