// What pages ask about content. The content was read, checked and rendered at
// build time (lib/build/); here it is only looked up, never read from disk.
export * from "./store";
