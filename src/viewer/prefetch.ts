// Starts downloading a ?graph= snapshot as soon as the bundle starts running: main.ts imports this
// module first, so the request goes out before sigma, graphology and the UI modules are evaluated
// (~40 ms later on the bench machine) instead of after them. main.ts picks the response up.
const url = new URLSearchParams(window.location.search).get('graph') || null;

/** The snapshot's URL (same reading as url-state.ts) and its response, or null without ?graph=. */
export const snapshotRequest: { url: string; response: Promise<Response> } | null = url ? { url, response: fetch(url) } : null;
