// Launch Debian's Chromium through playwright-core (no browser download) with a fresh profile, and
// collect page errors and console errors so tests can assert there were none.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserSession {
  context: BrowserContext;
  /** Open a page at a viewport size; its errors go to `errors`. */
  newPage(width: number, height: number): Promise<Page>;
  errors: string[];
  close(): Promise<void>;
}

/** Start Chromium with a fresh --user-data-dir; `downloadsPath` receives downloads. */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 800, height: 600 },
  });
  const errors: string[] = [];
  return {
    context,
    errors,
    async newPage(width, height) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Count pixels of an element's screenshot that are not near-white. The PNG is decoded by Chromium
 * itself in a blank page (sigma's WebGL canvas cannot be read back directly).
 */
export async function countDrawnPixels(page: Page, selector = '#graph'): Promise<number> {
  const png = await page.locator(selector).screenshot();
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235) n++;
      return n;
    }, png.toString('base64'));
  } finally {
    await scratch.close();
  }
}
