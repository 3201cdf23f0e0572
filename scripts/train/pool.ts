/**
 * Trains several models at once in worker threads, one per core: the folds of the
 * cross-validation and the final model are independent of each other, so they give the same
 * weights as one after another (each is seeded), sooner. The workers run ./train-worker.ts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DraftFeatures, LearnOptions, Targets } from '../../lib/model/learn';

/** The worker is TypeScript, like this script: a thread starts by loading tsx, then the worker. */
const TSX = import.meta.resolve('tsx/esm/api');
const WORKER = new URL('./train-worker.ts', import.meta.url).href;
const BOOT = new URL(
  'data:text/javascript,' +
    encodeURIComponent(
      `import { workerData } from 'node:worker_threads'; const { register } = await import(${JSON.stringify(TSX)}); register(); await import(workerData);`,
    ),
);

export interface TrainJob {
  drafts: readonly DraftFeatures[];
  targets: Targets;
  opts: LearnOptions;
}

export interface Trained {
  weights: Float32Array;
  bias: number[];
}

/** Trains every job, `threads` at a time; the results in the jobs' order. */
export async function trainMany(jobs: readonly TrainJob[], threads = availableParallelism()): Promise<Trained[]> {
  const results: Trained[] = new Array(jobs.length);
  let next = 0;
  const run = async (): Promise<void> => {
    const worker = new Worker(BOOT, { workerData: WORKER });
    try {
      while (next < jobs.length) {
        const k = next++;
        results[k] = await new Promise<Trained>((resolve, reject) => {
          const done = () =>
            worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
          worker.once('message', (trained: Trained) => (done(), resolve(trained)));
          worker.once('error', (error) => (done(), reject(error)));
          // A thread that dies without a word (out of memory) must not leave the training waiting.
          worker.once('exit', (code) => (done(), reject(new Error(`training thread exited (${code})`))));
          worker.postMessage(jobs[k]);
        });
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, run));
  return results;
}
