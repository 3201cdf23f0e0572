/** How dashboard components talk to the background and save files; both replaceable in tests. */
import { browser } from 'wxt/browser';
import type { Request, ResponseOf } from '@/lib/messaging';

/** Sends a request to the background and returns its typed answer. */
export type Send = <R extends Request>(request: R) => Promise<ResponseOf<R>>;

/** The default: browser.runtime.sendMessage. */
export const runtimeSend: Send = (request) => browser.runtime.sendMessage(request);

/** Saves text as a file through a download link (an object URL: nothing leaves the browser). */
export function downloadFile(data: string, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
