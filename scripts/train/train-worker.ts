/** A training thread for ./pool.ts: trains each job it is sent and sends the weights back. */
import { parentPort } from 'node:worker_threads';
import { trainAll } from '../../lib/model/learn';
import type { TrainJob } from './pool';

parentPort!.on('message', (job: TrainJob) => {
  const trained = trainAll(job.drafts, job.targets, job.opts);
  parentPort!.postMessage(trained, [trained.weights.buffer as ArrayBuffer]);
});
