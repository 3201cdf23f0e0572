/**
 * Training in worker threads (scripts/train/pool.ts) gives the same weights as training in turn:
 * what lets `npm run train -- --check` pass whatever the number of cores.
 */
import { trainMany } from '@/scripts/train/pool';
import { DEFAULT_LEARN, trainAll, type Targets } from '@/lib/model/learn';
import { HEADS } from '@/lib/model/model';

test('two jobs on worker threads: the weights of trainAll, in the jobs’ order', async () => {
  const drafts = Array.from({ length: 40 }, (_, i) => ({ units: [Uint32Array.from([i % 7, 100 + (i % 3), 5])] }));
  const targets = Object.fromEntries(HEADS.map((h) => [h, Int8Array.from(drafts, (_, i) => i % 2)])) as Targets;
  const opts = { ...DEFAULT_LEARN, bits: 10, epochs: 3 };
  const jobs = [
    { drafts, targets, opts },
    {
      drafts: drafts.slice(10),
      targets: Object.fromEntries(HEADS.map((h) => [h, targets[h].slice(10)])) as Targets,
      opts,
    },
  ];
  const [a, b] = await trainMany(jobs, 2);
  for (const [got, job] of [
    [a!, jobs[0]!],
    [b!, jobs[1]!],
  ] as const) {
    const direct = trainAll(job.drafts, job.targets, job.opts);
    expect(Array.from(got.weights)).toEqual(Array.from(direct.weights));
    expect(got.bias).toEqual(direct.bias);
  }
  expect(Array.from(a!.weights)).not.toEqual(Array.from(b!.weights));
}, 60_000);
